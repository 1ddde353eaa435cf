#include "ingest/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include "base/utf8.h"

namespace crosscheck {
namespace {

// Cyrillic sentence in windows-1251: "Привет, мир! Это тест на русском языке." repeated.
std::string RussianCp1251() {
  const std::string sentence =
      "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! \xDD\xF2\xEE \xF2\xE5\xF1\xF2 \xED\xE0 "
      "\xF0\xF3\xF1\xF1\xEA\xEE\xEC \xFF\xE7\xFB\xEA\xE5. ";
  return sentence + sentence + sentence;
}

TEST(CharsetTest, PlainUtf8PassesThrough) {
  const DecodedText decoded = DecodePlainText("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(decoded.text, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(decoded.charset, "UTF-8");
  EXPECT_FALSE(decoded.replaced_invalid);
}

TEST(CharsetTest, Windows1252TextIsConverted) {
  const DecodedText decoded = DecodePlainText("caf\xE9 \x93quoted\x94");
  EXPECT_EQ(decoded.text, "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(decoded.charset, "windows-1252");
}

TEST(CharsetTest, Utf8WithAStrayByteIsSanitizedNotReinterpreted) {
  const DecodedText decoded =
      DecodePlainText("na\xC3\xAFve caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9 \xFF end");
  EXPECT_EQ(decoded.text, "na\xC3\xAFve caf\xC3\xA9 r\xC3\xA9sum\xC3\xA9 \xEF\xBF\xBD end");
  EXPECT_TRUE(decoded.replaced_invalid);
  EXPECT_TRUE(IsValidUtf8(decoded.text));
}

TEST(CharsetTest, Utf8ByteOrderMarkIsStripped) {
  EXPECT_EQ(DecodePlainText("\xEF\xBB\xBFhello").text, "hello");
  EXPECT_EQ(DecodeHtml("\xEF\xBB\xBF<p>hi</p>", "").text, "<p>hi</p>");
}

TEST(CharsetTest, Utf16WithByteOrderMarkIsConverted) {
  const std::string little_endian("\xFF\xFEh\0i\0 \0\xE9\0", 10);
  EXPECT_EQ(DecodePlainText(little_endian).text, "hi \xC3\xA9");
  const std::string big_endian("\xFE\xFF\0h\0i", 6);
  EXPECT_EQ(DecodePlainText(big_endian).text, "hi");
}

TEST(CharsetTest, MetaCharsetWindows1251) {
  const std::string html =
      "<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>" +
      RussianCp1251() + "</body></html>";
  const DecodedText decoded = DecodeHtml(html, "");
  EXPECT_NE(decoded.text.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"),  // Привет
            std::string::npos);
  EXPECT_TRUE(IsValidUtf8(decoded.text));
}

TEST(CharsetTest, HttpEquivCharsetIso88592) {
  const std::string html =
      "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
      "charset=ISO-8859-2\"></head><body>\xB3\xF3" "d\xBC</body></html>";
  EXPECT_NE(DecodeHtml(html, "").text.find("\xC5\x82\xC3\xB3""d\xC5\xBA"),  // łódź
            std::string::npos);
}

TEST(CharsetTest, ShiftJisAndGbkThroughIcu) {
  const DecodedText japanese =
      DecodeHtml("<meta charset=shift_jis><p>\x93\xFA\x96\x7B</p>", "");
  EXPECT_NE(japanese.text.find("\xE6\x97\xA5\xE6\x9C\xAC"), std::string::npos);  // 日本
  const DecodedText chinese = DecodeHtml("<meta charset=gb2312><p>\xD6\xD0\xCE\xC4</p>", "");
  EXPECT_NE(chinese.text.find("\xE4\xB8\xAD\xE6\x96\x87"), std::string::npos);  // 中文
}

TEST(CharsetTest, TransportCharsetBeatsMeta) {
  const std::string html = "<meta charset=utf-8><p>\xE9t\xE9</p>";
  EXPECT_EQ(DecodeHtml(html, "iso-8859-1").text, "<meta charset=utf-8><p>\xC3\xA9t\xC3\xA9</p>");
}

TEST(CharsetTest, ValidUtf8OverrulesAWrongLegacyDeclaration) {
  const std::string html = "<meta charset=iso-8859-1><p>caf\xC3\xA9</p>";
  const DecodedText decoded = DecodeHtml(html, "");
  EXPECT_EQ(decoded.text, html);
  EXPECT_EQ(decoded.charset, "UTF-8");
}

TEST(CharsetTest, WrongUtf8DeclarationFallsBackToDetection) {
  const DecodedText decoded = DecodeHtml("<meta charset=utf-8><p>caf\xE9</p>", "");
  EXPECT_EQ(decoded.text, "<meta charset=utf-8><p>caf\xC3\xA9</p>");
  EXPECT_EQ(decoded.charset, "windows-1252");
}

TEST(CharsetTest, UnknownDeclarationFallsBackToDetection) {
  EXPECT_EQ(DecodeHtml("<meta charset=no-such-charset><p>caf\xE9</p>", "").text,
            "<meta charset=no-such-charset><p>caf\xC3\xA9</p>");
}

TEST(CharsetTest, UndeclaredCyrillicIsDetected) {
  const DecodedText decoded = DecodePlainText(RussianCp1251());
  EXPECT_EQ(decoded.charset, "windows-1251");
  EXPECT_TRUE(decoded.text.starts_with("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"));
}

TEST(CharsetTest, FindDeclaredCharsetForms) {
  EXPECT_EQ(FindDeclaredCharset("<meta charset='UTF-8'>"), "UTF-8");
  EXPECT_EQ(FindDeclaredCharset("<meta http-equiv=content-type content='text/html;charset=koi8-r'>"),
            "koi8-r");
  EXPECT_EQ(FindDeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>"),
            "ISO-8859-1");
  EXPECT_EQ(FindDeclaredCharset("<!-- <meta charset=koi8-r> --><meta charset=utf-8>"), "utf-8");
  EXPECT_EQ(FindDeclaredCharset("<head></head><body><meta charset=koi8-r>"), "");
  EXPECT_EQ(FindDeclaredCharset("<metadata charset=koi8-r>"), "");
  EXPECT_EQ(FindDeclaredCharset(""), "");
}

TEST(CharsetTest, CharsetFromContentType) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=UTF-8"), "UTF-8");
  EXPECT_EQ(CharsetFromContentType("text/html;Charset=\"windows-1251\""), "windows-1251");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
}

TEST(CharsetTest, CanonicalCharsetFollowsWhatwgAliases) {
  EXPECT_EQ(CanonicalCharset("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("us-ascii"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("iso8859_1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("UTF8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("GB2312"), "GB18030");
  EXPECT_EQ(CanonicalCharset("Shift_JIS"), "windows-31j");
  EXPECT_EQ(CanonicalCharset("windows-1251"), "windows-1251");
  EXPECT_EQ(CanonicalCharset("no-such-charset"), "");
  EXPECT_EQ(CanonicalCharset(""), "");
}

// The fast table against ICU's own windows-1252 converter, byte by byte.
TEST(CharsetTest, Windows1252TableMatchesIcu) {
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open("windows-1252", &error);
  ASSERT_TRUE(U_SUCCESS(error));
  for (int byte = 1; byte < 256; ++byte) {
    const char input = static_cast<char>(byte);
    char icu_output[8];
    error = U_ZERO_ERROR;
    const int32_t length =
        ucnv_toAlgorithmic(UCNV_UTF8, converter, icu_output, sizeof(icu_output), &input, 1, &error);
    ASSERT_TRUE(U_SUCCESS(error));
    const std::string icu(icu_output, static_cast<size_t>(length));
    if (icu == "\xEF\xBF\xBD" || icu == "\x1A") continue;  // undefined in ICU's table
    EXPECT_EQ(DecodeWindows1252(std::string_view(&input, 1)), icu) << "byte " << byte;
  }
  ucnv_close(converter);
}

TEST(CharsetTest, DecodeAsUnknownLabelLeavesOutputUntouched) {
  DecodedText out;
  out.text = "keep";
  EXPECT_FALSE(DecodeAs("abc", "bogus-label", out));
  EXPECT_EQ(out.text, "keep");
}

}  // namespace
}  // namespace crosscheck
