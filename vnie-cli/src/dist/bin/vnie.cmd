@echo off
rem Runs vnie from an unpacked release on Windows; VNIE_JAVA_OPTS adds JVM options.
java %VNIE_JAVA_OPTS% -XX:+UseParallelGC -jar "%~dp0..\lib\vnie.jar" %*
