/**
 * Batch extraction at corpus scale: lazy input walking, a parallel pipeline with results written in
 * input order, streaming result tables and a journal that lets a killed run resume.
 */
package vnie.batch;
