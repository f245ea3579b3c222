package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the packaged jar carries: the native libraries of the platform that built it (or of all
 * four with {@code -Dportable}), never debug symbols or source maps, and under 90 MB when built
 * for one platform; and the ICU data its reader asks for.
 */
class PackagedJarIT {

  private static final Pattern ONNX = Pattern.compile("ai/onnxruntime/native/([^/]+)/[^/]+\\.(so|dylib|dll)");
  private static final Pattern TOKENIZERS = Pattern.compile("native/lib/([^/]+)/cpu/[^/]*tokenizers\\.(so|dylib|dll)");
  private static final Set<String> ALL = Set.of("linux-x64", "linux-aarch64", "osx-aarch64", "win-x64");

  @Test
  void carriesTheNativesOfItsPlatformAndNoDebugFiles() throws Exception {
    Path jar = Path.of(System.getProperty("jixiao.jar"));
    Set<String> onnx = new TreeSet<>();
    Set<String> tokenizers = new TreeSet<>();
    List<String> debug;
    try (JarFile file = new JarFile(jar.toFile())) {
      debug = file.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".pdb") || n.contains(".dSYM/") || n.endsWith(".map"))
          .toList();
      file.stream().forEach(e -> {
        Matcher m = ONNX.matcher(e.getName());
        if (m.matches()) {
          onnx.add(m.group(1));
        }
        Matcher t = TOKENIZERS.matcher(e.getName());
        if (t.matches()) {
          tokenizers.add(onnxName(t.group(1)));
        }
      });
    }
    assertThat(debug).isEmpty();
    // onnxruntime and the tokenizers must come in pairs: one without the other cannot embed.
    assertThat(tokenizers).isEqualTo(onnx);
    String here = platform();
    if (ALL.contains(here) && onnx.size() == 1) {
      assertThat(onnx).containsExactly(here);
      assertThat(Files.size(jar)).as("jar bytes").isLessThan(90L * 1024 * 1024);
    } else {
      assertThat(onnx).as("a portable jar").isEqualTo(new TreeSet<>(ALL));
    }
  }

  @Test
  void carriesTheChineseWordBreaksTheReaderAsks() throws Exception {
    // The shade filter keeps ICU's word rules and CJ dictionary and drops its other break data: the jar's own
    // classes, alone on their class path, must still find a word across a wrapped line (提 | 高).
    Path jar = Path.of(System.getProperty("jixiao.jar"));
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      java.lang.reflect.Method across = loader.loadClass("org.jixiao.vocabulary.Words").getMethod("across", String.class, String.class);
      assertThat(across.invoke(null, "对满足人民群众日益提", "高的文化需求")).isEqualTo(true);
      assertThat(across.invoke(null, "义务教育学校正常运转", "按要求完成当年的教育")).isEqualTo(false);
    }
  }

  private static String onnxName(String tokenizerDir) {
    return tokenizerDir.replace("x86_64", "x64");
  }

  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
    if (os.contains("linux")) {
      return "linux-" + cpu;
    }
    if (os.contains("mac")) {
      return "osx-" + cpu;
    }
    return os.contains("windows") ? "win-" + cpu : os + "-" + cpu;
  }
}
