#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>

#include "base/utf8.h"

namespace crosscheck {
namespace {

// Windows-1252 code points for bytes 0x80..0x9F; the five undefined bytes map to the C1
// control of the same value, as the WHATWG decoder does.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
};

// Only this much of a document is given to ICU's detector: enough for a confident guess.
constexpr size_t kDetectorSampleBytes = size_t{64} << 10;
// ICU detector confidence (0..100) needed to trust a non-Latin legacy charset, and the
// higher bar for the Latin ones that compete with our Windows-1252 default.
constexpr int kMinDetectorConfidence = 50;
constexpr int kMinLatinDetectorConfidence = 70;
// How far into an HTML document a charset declaration is looked for.
constexpr size_t kDeclarationScanBytes = size_t{64} << 10;

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (LowerAscii(text[i]) != prefix[i]) return false;
  }
  return true;
}

size_t FindIgnoreCase(std::string_view text, std::string_view lower_needle, size_t from = 0) {
  for (size_t pos = from; pos + lower_needle.size() <= text.size(); ++pos) {
    if (StartsWithIgnoreCase(text.substr(pos), lower_needle)) return pos;
  }
  return std::string_view::npos;
}

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '_' || c == '.' || c == ':' || c == '+';
}

// After "charset" in a tag or header: optional spaces, '=', optional spaces and quote, label.
std::string LabelAfterCharsetKeyword(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= text.size() || text[pos] != '=') return "";
  ++pos;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '"' ||
                               text[pos] == '\'')) {
    ++pos;
  }
  size_t end = pos;
  while (end < text.size() && IsLabelChar(text[end])) ++end;
  return std::string(text.substr(pos, end - pos));
}

// Counts of well-formed multi-byte UTF-8 sequences and of invalid positions.
struct Utf8Census {
  size_t multibyte_sequences = 0;
  size_t invalid_sequences = 0;
};

Utf8Census TakeUtf8Census(std::string_view bytes) {
  Utf8Census census;
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t invalid_at = FindInvalidUtf8(bytes.substr(pos));
    // Count multi-byte sequences in the valid stretch.
    for (size_t i = pos; i < pos + invalid_at; ++i) {
      const unsigned char byte = static_cast<unsigned char>(bytes[i]);
      if (byte >= 0xC0) ++census.multibyte_sequences;
    }
    pos += invalid_at;
    if (pos >= bytes.size()) break;
    ++census.invalid_sequences;
    ++pos;
  }
  return census;
}

bool HasNonAscii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool ConvertWithIcu(std::string_view bytes, const std::string& icu_name, DecodedText& out) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX) / 4) return false;
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(icu_name.c_str(), &error);
  if (U_FAILURE(error) || converter == nullptr) return false;
  std::string text;
  // Legacy charsets expand at most 3x into UTF-8; retry once with the exact size otherwise.
  text.resize(bytes.size() * 3 + 16);
  int32_t length = ucnv_toAlgorithmic(UCNV_UTF8, converter, text.data(),
                                      static_cast<int32_t>(text.size()), bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &error);
  if (error == U_BUFFER_OVERFLOW_ERROR) {
    error = U_ZERO_ERROR;
    text.resize(static_cast<size_t>(length));
    length = ucnv_toAlgorithmic(UCNV_UTF8, converter, text.data(),
                                static_cast<int32_t>(text.size()), bytes.data(),
                                static_cast<int32_t>(bytes.size()), &error);
  }
  ucnv_close(converter);
  if (U_FAILURE(error)) return false;
  text.resize(static_cast<size_t>(length));
  out.replaced_invalid = text.find("\xEF\xBF\xBD") != std::string::npos;
  out.text = std::move(text);
  out.charset = icu_name;
  return true;
}

// ICU's guess for bytes that are not UTF-8, when it is confident and the guess is not a
// Latin charset our Windows-1252 table already covers; "" otherwise.
std::string DetectLegacyCharset(std::string_view bytes, bool is_html) {
  const std::string_view sample = bytes.substr(0, kDetectorSampleBytes);
  UErrorCode error = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&error);
  if (U_FAILURE(error)) return "";
  std::string result;
  ucsdet_enableInputFilter(detector, is_html);
  ucsdet_setText(detector, sample.data(), static_cast<int32_t>(sample.size()), &error);
  const UCharsetMatch* match = ucsdet_detect(detector, &error);
  if (U_SUCCESS(error) && match != nullptr) {
    const char* name = ucsdet_getName(match, &error);
    const int confidence = ucsdet_getConfidence(match, &error);
    if (U_SUCCESS(error) && name != nullptr) {
      const std::string canonical = CanonicalCharset(name);
      const bool latin1_family = canonical == "windows-1252";
      const bool wide = canonical.starts_with("UTF-") || StartsWithIgnoreCase(name, "utf-");
      const bool other_latin = canonical == "iso-8859-2" || canonical == "windows-1250" ||
                               canonical == "windows-1254";
      const int needed = other_latin ? kMinLatinDetectorConfidence : kMinDetectorConfidence;
      if (!latin1_family && !wide && confidence >= needed) result = canonical;
    }
  }
  ucsdet_close(detector);
  return result;
}

// Detection for bytes with no usable declaration (see the header).
DecodedText DecodeByDetection(std::string_view bytes, bool is_html) {
  DecodedText out;
  const Utf8Census census = TakeUtf8Census(bytes);
  if (census.invalid_sequences == 0) {
    out.text.assign(bytes);
    out.charset = "UTF-8";
    return out;
  }
  if (census.invalid_sequences > census.multibyte_sequences) {
    const std::string legacy = DetectLegacyCharset(bytes, is_html);
    if (!legacy.empty() && ConvertWithIcu(bytes, legacy, out)) return out;
    out.text = DecodeWindows1252(bytes);
    out.charset = "windows-1252";
    return out;
  }
  out.text = SanitizeUtf8(bytes);
  out.charset = "UTF-8";
  out.replaced_invalid = true;
  return out;
}

// Handles a byte order mark; true when one was found and `out` is filled.
bool DecodeByByteOrderMark(std::string_view bytes, DecodedText& out) {
  size_t mark_length = 0;
  const std::string_view bom_charset = DetectByteOrderMark(bytes, &mark_length);
  if (bom_charset.empty()) return false;
  const std::string_view body = bytes.substr(mark_length);
  if (bom_charset == "UTF-8") {
    out = DecodeByDetection(body, /*is_html=*/false);
    if (out.charset == "UTF-8") return true;
    // A UTF-8 mark on bytes that are not UTF-8: trust the mark, replace what is invalid.
    out.text = SanitizeUtf8(body);
    out.charset = "UTF-8";
    out.replaced_invalid = true;
    return true;
  }
  if (ConvertWithIcu(body, std::string(bom_charset), out)) return true;
  out.text = SanitizeUtf8(body);
  out.charset = "UTF-8";
  out.replaced_invalid = true;
  return true;
}

}  // namespace

std::string DecodeWindows1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t run_end = pos;
    while (run_end < bytes.size() && static_cast<unsigned char>(bytes[run_end]) < 0x80) {
      ++run_end;
    }
    out.append(bytes.data() + pos, run_end - pos);
    if (run_end >= bytes.size()) break;
    const unsigned char byte = static_cast<unsigned char>(bytes[run_end]);
    const char32_t code_point = byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte;
    AppendUtf8(code_point, out);
    pos = run_end + 1;
  }
  return out;
}

std::string CanonicalCharset(std::string_view label) {
  std::string name;
  for (char c : label) {
    if (c == '"' || c == '\'' || c == ' ' || c == '\t') continue;
    name.push_back(LowerAscii(c));
  }
  if (name.empty()) return "";
  struct Alias {
    std::string_view label;
    std::string_view canonical;
  };
  static constexpr Alias kAliases[] = {
      {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
      {"x-unicode20utf8", "UTF-8"},
      {"windows-1252", "windows-1252"}, {"cp1252", "windows-1252"},
      {"x-cp1252", "windows-1252"}, {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"}, {"iso_8859-1", "windows-1252"},
      {"iso88591", "windows-1252"}, {"latin1", "windows-1252"}, {"latin-1", "windows-1252"},
      {"l1", "windows-1252"}, {"cp819", "windows-1252"}, {"ibm819", "windows-1252"},
      {"iso-ir-100", "windows-1252"}, {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"}, {"ansi_x3.4-1968", "windows-1252"},
      {"iso_8859-1:1987", "windows-1252"},
      {"utf-16", "UTF-16LE"}, {"utf-16le", "UTF-16LE"}, {"unicode", "UTF-16LE"},
      {"ucs-2", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
      {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"},
      {"gb18030", "GB18030"}, {"cp936", "GB18030"}, {"windows-936", "GB18030"},
      {"chinese", "GB18030"}, {"csgb2312", "GB18030"}, {"gb_2312-80", "GB18030"},
      {"shift_jis", "windows-31j"}, {"shift-jis", "windows-31j"}, {"sjis", "windows-31j"},
      {"x-sjis", "windows-31j"}, {"ms_kanji", "windows-31j"}, {"ms932", "windows-31j"},
      {"windows-31j", "windows-31j"}, {"csshiftjis", "windows-31j"},
      {"euc-kr", "windows-949"}, {"ks_c_5601-1987", "windows-949"},
      {"windows-949", "windows-949"}, {"cp949", "windows-949"},
      {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
      {"windows-1254", "windows-1254"}, {"tis-620", "windows-874"},
      {"iso-8859-11", "windows-874"}, {"windows-874", "windows-874"},
      {"big5", "Big5"}, {"big5-hkscs", "Big5-HKSCS"}, {"cn-big5", "Big5"},
  };
  // Labels are written with '_' and '-' interchangeably ("iso8859_1", "shift-jis").
  std::string dashed = name;
  std::replace(dashed.begin(), dashed.end(), '_', '-');
  for (const Alias& alias : kAliases) {
    if (alias.label == name || alias.label == dashed) return std::string(alias.canonical);
  }
  // "replacement" and x-user-defined are WHATWG-only labels with no useful decoding.
  if (name == "x-user-defined" || name == "replacement") return "";
  UErrorCode error = U_ZERO_ERROR;
  const char* icu_name = ucnv_getCanonicalName(name.c_str(), "", &error);
  if (U_FAILURE(error) || icu_name == nullptr) {
    error = U_ZERO_ERROR;
    icu_name = ucnv_getCanonicalName(name.c_str(), "IANA", &error);
  }
  if (U_FAILURE(error) || icu_name == nullptr) {
    // Last chance: ask ICU to open it (it knows more aliases than its tables list).
    error = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(name.c_str(), &error);
    if (converter == nullptr || U_FAILURE(error)) return "";
    ucnv_close(converter);
  }
  return name;
}

std::string_view DetectByteOrderMark(std::string_view bytes, size_t* mark_length) {
  *mark_length = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    *mark_length = 3;
    return "UTF-8";
  }
  if (bytes.starts_with("\xFF\xFE")) {
    *mark_length = 2;
    return "UTF-16LE";
  }
  if (bytes.starts_with("\xFE\xFF")) {
    *mark_length = 2;
    return "UTF-16BE";
  }
  return "";
}

std::string FindDeclaredCharset(std::string_view html) {
  const std::string_view head = html.substr(0, kDeclarationScanBytes);
  size_t start = 0;
  while (start < head.size() && (head[start] == ' ' || head[start] == '\n' ||
                                 head[start] == '\r' || head[start] == '\t')) {
    ++start;
  }
  if (StartsWithIgnoreCase(head.substr(start), "<?xml")) {
    const size_t decl_end = head.find("?>", start);
    const std::string_view decl = head.substr(start, decl_end == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : decl_end - start);
    const size_t encoding = FindIgnoreCase(decl, "encoding");
    if (encoding != std::string_view::npos) {
      std::string label = LabelAfterCharsetKeyword(decl.substr(encoding + 8));
      if (!label.empty()) return label;
    }
  }
  size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    const std::string_view tag = head.substr(pos + 1);
    if (StartsWithIgnoreCase(tag, "body") || StartsWithIgnoreCase(tag, "/head")) break;
    if (StartsWithIgnoreCase(tag, "!--")) {
      const size_t comment_end = head.find("-->", pos);
      if (comment_end == std::string_view::npos) break;
      pos = comment_end + 3;
      continue;
    }
    if (StartsWithIgnoreCase(tag, "meta") && tag.size() > 4 &&
        (tag[4] == ' ' || tag[4] == '\t' || tag[4] == '\n' || tag[4] == '\r' || tag[4] == '/')) {
      const size_t tag_end = tag.find('>');
      const std::string_view attributes = tag.substr(4, tag_end == std::string_view::npos
                                                            ? std::string_view::npos
                                                            : tag_end - 4);
      size_t keyword = 0;
      while ((keyword = FindIgnoreCase(attributes, "charset", keyword)) !=
             std::string_view::npos) {
        std::string label = LabelAfterCharsetKeyword(attributes.substr(keyword + 7));
        if (!label.empty()) return label;
        keyword += 7;
      }
    }
    ++pos;
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  const size_t keyword = FindIgnoreCase(content_type, "charset");
  if (keyword == std::string_view::npos) return "";
  return LabelAfterCharsetKeyword(content_type.substr(keyword + 7));
}

bool DecodeAs(std::string_view bytes, std::string_view label, DecodedText& out) {
  const std::string canonical = CanonicalCharset(label);
  if (canonical.empty()) return false;
  if (canonical == "UTF-8") {
    DecodedText decoded;
    decoded.charset = "UTF-8";
    if (IsValidUtf8(bytes)) {
      decoded.text.assign(bytes);
    } else {
      decoded.text = SanitizeUtf8(bytes);
      decoded.replaced_invalid = true;
    }
    out = std::move(decoded);
    return true;
  }
  if (canonical == "windows-1252") {
    out.text = DecodeWindows1252(bytes);
    out.charset = canonical;
    out.replaced_invalid = false;
    return true;
  }
  return ConvertWithIcu(bytes, canonical, out);
}

DecodedText DecodePlainText(std::string_view bytes) {
  DecodedText out;
  if (DecodeByByteOrderMark(bytes, out)) return out;
  return DecodeByDetection(bytes, /*is_html=*/false);
}

DecodedText DecodeHtml(std::string_view bytes, std::string_view transport_charset) {
  DecodedText out;
  if (DecodeByByteOrderMark(bytes, out)) return out;
  std::string declared = CanonicalCharset(transport_charset);
  if (declared.empty()) {
    declared = CanonicalCharset(FindDeclaredCharset(bytes));
    // A page cannot declare UTF-16 in its own ASCII-compatible bytes; WHATWG reads UTF-8.
    if (declared.starts_with("UTF-16")) declared = "UTF-8";
  }
  if (declared.empty() || declared == "UTF-8") return DecodeByDetection(bytes, true);
  if (!declared.starts_with("UTF-16") && HasNonAscii(bytes) && IsValidUtf8(bytes)) {
    // Valid multi-byte UTF-8 disproves a legacy declaration.
    out.text.assign(bytes);
    out.charset = "UTF-8";
    return out;
  }
  if (DecodeAs(bytes, declared, out)) return out;
  return DecodeByDetection(bytes, /*is_html=*/true);
}

}  // namespace crosscheck
