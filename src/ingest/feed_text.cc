// The text pieces of a feed, apart from its XML structure (feed_text.h).
#include "ingest/feed_text.h"

#include <cstdint>
#include <optional>
#include <utility>

#include "base/utf8.h"
#include "ingest/charset.h"

namespace crosscheck::feed_text {
bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsXmlSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsXmlSpace(text.back())) text.remove_suffix(1);
  return text;
}

namespace {

// The character a reference names (&lt; &gt; &amp; &quot; &apos; &nbsp; &#N; &#xN;, `name`
// without '&' and ';'), appended to `out`; false for any other name.
bool AppendReference(std::string_view name, std::string& out) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
  for (const auto& [entity, text] : kNamed) {
    if (name == entity) {
      out += text;
      return true;
    }
  }
  if (name.size() < 2 || name[0] != '#') return false;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return false;
  uint32_t value = 0;
  for (char digit : digits) {
    const int number = digit >= '0' && digit <= '9'          ? digit - '0'
                       : hex && digit >= 'a' && digit <= 'f' ? digit - 'a' + 10
                       : hex && digit >= 'A' && digit <= 'F' ? digit - 'A' + 10
                                                             : -1;
    if (number < 0 || value > 0x10FFFF) return false;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(number);
  }
  AppendUtf8(value == 0 ? char32_t{0xFFFD} : char32_t{value}, out);
  return true;
}

}  // namespace

bool LooksLikeMarkup(std::string_view text) {
  for (size_t pos = 0; pos + 1 < text.size(); ++pos) {
    const char next = text[pos + 1];
    if (text[pos] == '<' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                             next == '/' || next == '!')) {
      return true;
    }
    if (text[pos] == '&') {
      const size_t semicolon = text.find(';', pos);
      if (semicolon != std::string_view::npos && semicolon - pos <= 10 && semicolon > pos + 1) {
        return true;
      }
    }
  }
  return false;
}

std::string MarkupToText(std::string_view html) {
  std::string decoded;
  size_t pos = 0;
  while (pos < html.size()) {
    if (html[pos] == '<') {
      const size_t close = html.find('>', pos);
      if (close == std::string_view::npos) break;
      pos = close + 1;  // tags are dropped: "Example <b>Atom</b>" -> "Example Atom"
      continue;
    }
    if (html[pos] == '&') {
      const size_t semicolon = html.find(';', pos);
      if (semicolon != std::string_view::npos && semicolon - pos <= 10 &&
          AppendReference(html.substr(pos + 1, semicolon - pos - 1), decoded)) {
        pos = semicolon + 1;
        continue;
      }
    }
    decoded.push_back(html[pos++]);
  }
  std::string text;  // white space collapsed
  bool pending_space = false;
  for (char c : decoded) {
    if (IsXmlSpace(c)) {
      pending_space = !text.empty();
      continue;
    }
    if (pending_space) text.push_back(' ');
    pending_space = false;
    text.push_back(c);
  }
  return text;
}

void AppendEscaped(std::string_view text, bool attribute, std::string& out) {
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (attribute && c == '"')
      out += "&quot;";
    else
      out.push_back(c);
  }
}

void RepairC1Controls(std::string& text) {
  if (text.find('\xC2') == std::string::npos) return;
  std::string repaired;
  repaired.reserve(text.size());
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const unsigned char next =
        pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
    if (text[pos] == '\xC2' && next >= 0x80 && next <= 0x9F) {
      repaired += DecodeWindows1252(std::string(1, static_cast<char>(next)));
      ++pos;
      continue;
    }
    repaired.push_back(text[pos]);
  }
  text = std::move(repaired);
}

std::optional<std::string> DecodeBase64(std::string_view text) {
  std::string out;
  uint32_t bits = 0;
  int bit_count = 0;
  for (char c : text) {
    int value;
    if (c >= 'A' && c <= 'Z')
      value = c - 'A';
    else if (c >= 'a' && c <= 'z')
      value = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      value = c - '0' + 52;
    else if (c == '+')
      value = 62;
    else if (c == '/')
      value = 63;
    else if (c == '=' || IsXmlSpace(c))
      continue;
    else
      return std::nullopt;
    bits = (bits << 6) | static_cast<uint32_t>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      out.push_back(static_cast<char>((bits >> bit_count) & 0xFF));
    }
  }
  if (!IsValidUtf8(out)) out = DecodeWindows1252(out);
  return out;
}

std::string ResolveUrl(std::string_view base, std::string_view href) {
  href = Trim(href);
  if (base.empty()) return std::string(href);
  const size_t colon = href.find(':');
  const size_t first_delimiter = href.find_first_of("/?#");
  if (colon != std::string_view::npos && colon > 0 &&
      (first_delimiter == std::string_view::npos || colon < first_delimiter)) {
    return std::string(href);  // has a scheme
  }
  const size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(href);
  if (href.starts_with("//"))
    return std::string(base.substr(0, scheme_end + 1)) + std::string(href);
  const size_t host_end = base.find_first_of("/?#", scheme_end + 3);
  const std::string_view origin = base.substr(0, host_end);
  if (href.starts_with("/")) return std::string(origin) + std::string(href);
  const std::string_view path_and_more =
      host_end == std::string_view::npos ? std::string_view() : base.substr(host_end);
  const std::string_view path = path_and_more.substr(0, path_and_more.find_first_of("?#"));
  if (href.empty()) return std::string(base.substr(0, base.find('#')));
  if (href.starts_with("#") || href.starts_with("?")) {
    return std::string(origin) + std::string(path) + std::string(href);
  }
  const size_t last_slash = path.rfind('/');
  const std::string_view directory =
      last_slash == std::string_view::npos ? std::string_view("/") : path.substr(0, last_slash + 1);
  return std::string(origin) + std::string(directory) + std::string(href);
}

DecodedText DecodeFeedBytes(std::string_view bytes) {
  struct Pattern {
    std::string_view bytes;
    std::string_view charset;
  };
  static constexpr Pattern kPatterns[] = {
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x00\x00\x3C", 4), "UTF-32BE"},
      {std::string_view("\x3C\x00\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x3C\x00\x3F", 4), "UTF-16BE"},
      {std::string_view("\x3C\x00\x3F\x00", 4), "UTF-16LE"},
  };
  DecodedText decoded;
  for (const Pattern& pattern : kPatterns) {
    if (bytes.starts_with(pattern.bytes) && DecodeAs(bytes, pattern.charset, decoded)) {
      std::string_view text = decoded.text;
      if (text.starts_with("\xEF\xBB\xBF")) decoded.text.erase(0, 3);
      return decoded;
    }
  }
  decoded = DecodeHtml(bytes, "");
  if (std::string_view(decoded.text).starts_with("\xEF\xBB\xBF")) decoded.text.erase(0, 3);
  return decoded;
}

void BlankLateDeclaration(std::string& text) {
  size_t pos = 0;
  bool comment = false;
  while (true) {
    while (pos < text.size() && IsXmlSpace(text[pos])) ++pos;
    if (text.compare(pos, 4, "<!--") != 0) break;
    const size_t end = text.find("-->", pos + 4);
    if (end == std::string::npos) return;
    pos = end + 3;
    comment = true;
  }
  if (!comment || text.compare(pos, 5, "<?xml") != 0) return;
  const size_t end = text.find("?>", pos);
  if (end == std::string::npos) return;
  for (size_t idx = pos; idx < end + 2; ++idx) {
    if (!IsXmlSpace(text[idx])) text[idx] = ' ';
  }
}

}  // namespace crosscheck::feed_text
