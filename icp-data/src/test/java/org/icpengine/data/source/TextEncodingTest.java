package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String TEXT = "Account Name,Motto\nCafé Noir,“Best” in town\nZoë,naïve\n";

  @TempDir Path dir;
  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Fixtures.engine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void detect_readsPlainUtf8() throws Exception {
    Path file = Fixtures.write(dir, "accounts-utf8.csv", TEXT);

    TextEncoding encoding = TextEncoding.detect(file);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.bomLength()).isZero();
    assertThat(encoding.needsTranscoding()).isFalse();
    assertThat(readMottos(file)).containsExactly("“Best” in town", "naïve");
  }

  @Test
  void detect_skipsTheUtf8ByteOrderMark() throws Exception {
    Path file = Fixtures.write(dir, "accounts-bom.csv", concat(bom(0xEF, 0xBB, 0xBF), utf8(TEXT)));

    TextEncoding encoding = TextEncoding.detect(file);

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.bomLength()).isEqualTo(3);
    assertThat(encoding.label()).contains("BOM");
    LoadedSource source = new SourceReader(engine).read(file, ReadOptions.defaults(), "raw");
    assertThat(source.columns()).containsExactly("Account Name", "Motto");
  }

  @Test
  void detect_readsWindows1252WithAccentsAndCurlyQuotes() throws Exception {
    Path file = Fixtures.write(dir, "accounts-latin1.csv", TEXT.getBytes(WINDOWS_1252));

    TextEncoding encoding = TextEncoding.detect(file);

    assertThat(encoding.charset()).isEqualTo(WINDOWS_1252);
    assertThat(encoding.needsTranscoding()).isTrue();
    assertThat(readNames(file)).containsExactly("Café Noir", "Zoë");
    assertThat(readMottos(file)).containsExactly("“Best” in town", "naïve");
  }

  @Test
  void detect_readsUtf16LittleAndBigEndianWithByteOrderMark() throws Exception {
    Path little =
        Fixtures.write(
            dir,
            "accounts-utf16le.csv",
            concat(bom(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)));
    Path big =
        Fixtures.write(
            dir,
            "accounts-utf16be.csv",
            concat(bom(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)));

    assertThat(TextEncoding.detect(little).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextEncoding.detect(big).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(readNames(little)).containsExactly("Café Noir", "Zoë");
    assertThat(readMottos(big)).containsExactly("“Best” in town", "naïve");
  }

  @Test
  void detect_readsUtf32LittleAndBigEndianWithByteOrderMark() throws Exception {
    Path little =
        Fixtures.write(
            dir,
            "accounts-utf32le.csv",
            concat(bom(0xFF, 0xFE, 0, 0), TEXT.getBytes(Charset.forName("UTF-32LE"))));
    Path big =
        Fixtures.write(
            dir,
            "accounts-utf32be.csv",
            concat(bom(0, 0, 0xFE, 0xFF), TEXT.getBytes(Charset.forName("UTF-32BE"))));

    assertThat(TextEncoding.detect(little).label()).isEqualTo("UTF-32LE");
    assertThat(TextEncoding.detect(big).label()).isEqualTo("UTF-32BE");
    assertThat(readNames(little)).containsExactly("Café Noir", "Zoë");
    assertThat(readMottos(big)).containsExactly("“Best” in town", "naïve");
  }

  @Test
  void read_refusesNulCharactersInATranscodedFileAsBinary() {
    byte[] text = "name,city\nA\0B,Köln\n".getBytes(Charset.forName("UTF-32LE"));
    Path file = Fixtures.write(dir, "accounts-utf32-nul.csv", concat(bom(0xFF, 0xFE, 0, 0), text));

    assertThatThrownBy(() -> readNames(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("NUL characters near line 2");
  }

  @Test
  void detect_refusesUtf8FollowedByLatin1AndNamesTheLine() throws Exception {
    byte[] mixed =
        concat(utf8("Account Name\nCafé Noir\n"), "Zoë\n".getBytes(StandardCharsets.ISO_8859_1));
    Path file = Fixtures.write(dir, "accounts-mixed.csv", mixed);

    assertThatThrownBy(() -> TextEncoding.detect(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("line 3");
  }

  @Test
  void detect_refusesLatin1FollowedByUtf8() throws Exception {
    byte[] mixed =
        concat("Account Name\nZoë\n".getBytes(StandardCharsets.ISO_8859_1), utf8("Café Noir\n"));
    Path file = Fixtures.write(dir, "accounts-mixed-latin1-first.csv", mixed);

    assertThatThrownBy(() -> TextEncoding.detect(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("line 2");
  }

  @Test
  void detect_refusesAFileWithNulBytesAsBinary() throws Exception {
    Path file =
        Fixtures.write(
            dir, "accounts.csv", concat(utf8("Account Name\nAcme\n"), new byte[] {0, 1, 2}));

    assertThatThrownBy(() -> TextEncoding.detect(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("looks binary")
        .hasMessageContaining("line 3");
  }

  @Test
  void detect_refusesABinaryFileWhoseFirstBytesAreNotText() throws Exception {
    byte[] gzip = {0x1F, (byte) 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C};
    Path file = Fixtures.write(dir, "accounts.csv.gz.csv", gzip);

    assertThatThrownBy(() -> TextEncoding.detect(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("looks binary");
  }

  @Test
  void detect_readsACharacterSplitAcrossTheScanBlocksAsUtf8() throws Exception {
    byte[] bytes = new byte[(1 << 20) + 16];
    Arrays.fill(bytes, (byte) 'a');
    byte[] accent = utf8("é");
    System.arraycopy(accent, 0, bytes, (1 << 20) - 1, accent.length);
    Path file = Fixtures.write(dir, "accounts-long.csv", bytes);

    assertThat(TextEncoding.detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void named_refusesUtf8ForAFileThatIsNot() {
    Path file = Fixtures.write(dir, "accounts-latin1.csv", TEXT.getBytes(WINDOWS_1252));

    assertThatThrownBy(() -> TextEncoding.named(file, "UTF-8"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void named_refusesAnUnknownCharsetName() {
    Path file = Fixtures.write(dir, "accounts.csv", TEXT);

    assertThatThrownBy(() -> TextEncoding.named(file, "klingon-8"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown encoding 'klingon-8'");
  }

  @Test
  void read_usesTheEncodingTheUserNamed() {
    byte[] latin1 = "Account Name,Motto\nCafé Noir,naïve\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Fixtures.write(dir, "accounts-latin1.csv", latin1);
    ReadOptions options = ReadOptions.builder().encoding("iso-8859-1").build();

    LoadedSource source = new SourceReader(engine).read(file, options, "raw");

    assertThat(source.encoding()).hasValueSatisfying(label -> assertThat(label).contains("8859-1"));
    assertThat(Fixtures.rows(engine, "raw").get(0).get(0)).isEqualTo("Café Noir");
  }

  private List<String> readNames(Path file) {
    new SourceReader(engine).read(file, ReadOptions.defaults(), "raw");
    return Fixtures.rows(engine, "raw").stream().map(row -> row.get(0)).toList();
  }

  private List<String> readMottos(Path file) {
    new SourceReader(engine).read(file, ReadOptions.defaults(), "raw");
    return Fixtures.rows(engine, "raw").stream().map(row -> row.get(1)).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bom(int... bytes) {
    byte[] result = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      result[i] = (byte) bytes[i];
    }
    return result;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
