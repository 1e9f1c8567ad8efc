package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of the README compiles as printed: its import lines head a class, the rest is the body
 * of a method, compiled against vnie's classes.
 */
class ReadmeJavaTest {
  @TempDir Path classes;

  @Test
  void everyJavaBlockOfTheReadmeCompiles() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(Path.of("README.md")));
    assertFalse(blocks.isEmpty(), "the README shows Java");
    for (int i = 0; i < blocks.size(); i++) {
      StringWriter problems = new StringWriter();
      boolean compiled = compile("Snippet" + i, blocks.get(i), problems);
      assertEquals("", problems.toString(), blocks.get(i));
      assertEquals(true, compiled, blocks.get(i));
    }
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    int start = markdown.indexOf("```java\n");
    while (start >= 0) {
      int end = markdown.indexOf("\n```", start);
      blocks.add(markdown.substring(start + "```java\n".length(), end));
      start = markdown.indexOf("```java\n", end);
    }
    return blocks;
  }

  private boolean compile(String name, String block, StringWriter problems) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source =
        imports + "class " + name + " {\n  void run() throws Exception {\n" + body + "  }\n}\n";
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            "-encoding",
            StandardCharsets.UTF_8.name());
    return javac.getTask(problems, null, null, options, null, List.of(file)).call();
  }
}
