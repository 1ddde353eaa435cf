// The fast HTML tokenizer.
//
// Why not a state machine per byte. The HTML5 tokenizer is specified as some eighty states
// stepping one character at a time; gumbo implements it that way and spends most of its time
// there (with a UTF-8 decoder and position tracking in front of every byte). Almost all bytes
// of a news page are in long uniform runs — text between tags, script and style bodies,
// attribute values — whose ends are a single byte ('<', a quote, '&') or a short string
// ("</script", "-->"). So this tokenizer jumps: memchr to the next '<' in text, to the closing
// quote in an attribute value, to "</name" in raw text, and only the few bytes around a
// boundary are looked at one by one. Text is copied only when it holds a character
// reference ('&'); otherwise tokens are views of the page.
//
// What it keeps from the specification, because it changes which text or tags come out:
//   - '<' starts markup only before a letter, '/', '!' or '?'; otherwise it is text;
//   - comments end at "-->" ("<!-->" and "<!--->" end at once); "<!x", "<?x" and "</9" are
//     bogus comments ending at the next '>'; "</>" vanishes;
//   - attribute values in quotes may hold '>' and whitespace; unquoted ones end at white space
//     or '>'; a tag cut by the end of the page is dropped, as in the specification;
//   - raw text (style, noscript, iframe, ...) and RCDATA (title, textarea) run to their own
//     end tag; script data also knows "<!--" escapes, inside which "<script>" ... "</script>"
//     does not end the element (document.write of a script);
//   - <![CDATA[ ... ]]> is text in svg and math only (the tree builder says when);
//   - character references: numeric ones with the Windows-1252 table for 0x80..0x9F and
//     U+FFFD for zero, surrogates and values past U+10FFFF; named ones from a table (the HTML 4
//     set, html_entities.cc), the longest legacy name matching without ';' ("&copy2024"),
//     except in an attribute value before '=' or an alphanumeric (URLs: "?a=1&copy=2").
// What it drops: parse errors, the doctype, and every attribute the extractor does not read.
// Carriage returns are not normalized (the extractor collapses white space anyway).
#include "clean/html/fast_tokenizer.h"

#include <cstring>

#include "clean/html/html_entities.h"

namespace crosscheck::html {
namespace {

// Tag names longer than this are no known tag.
constexpr size_t kMaxTagNameBytes = 32;
// A numeric reference stops growing past this (any larger value is out of range anyway).
constexpr uint32_t kMaxCodePointSeen = 0x110000;
constexpr uint32_t kReplacementCharacter = 0xFFFD;
// FNV-1a, for telling unknown tag names apart.
constexpr uint32_t kFnvOffset = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;

// Windows-1252 characters for numeric references 0x80..0x9F (0 where the byte is unassigned
// and the code point stays as written).
constexpr uint16_t kWindows1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlphanumeric(char c) { return IsAsciiLetter(c) || IsDigit(c); }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

void AppendUtf8(uint32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Decodes the reference at raw[pos] == '&' into `out`; returns the bytes consumed (1 when
// it is no reference and '&' is written as is).
size_t DecodeOneReference(std::string_view raw, size_t pos, bool in_attribute, std::string& out) {
  size_t next = pos + 1;
  if (next < raw.size() && raw[next] == '#') {
    size_t digits = next + 1;
    bool hex = digits < raw.size() && (raw[digits] == 'x' || raw[digits] == 'X');
    if (hex) ++digits;
    size_t end = digits;
    uint32_t value = 0;
    while (end < raw.size() && (hex ? IsHexDigit(raw[end]) : IsDigit(raw[end]))) {
      char c = raw[end];
      uint32_t digit = IsDigit(c) ? static_cast<uint32_t>(c - '0') : static_cast<uint32_t>(Lower(c) - 'a' + 10);
      if (value < kMaxCodePointSeen) value = value * (hex ? 16 : 10) + digit;
      ++end;
    }
    if (end == digits) {  // "&#" or "&#x" without digits: not a reference
      out.push_back('&');
      return 1;
    }
    if (end < raw.size() && raw[end] == ';') ++end;
    if (value == 0 || value >= kMaxCodePointSeen || (value >= 0xD800 && value <= 0xDFFF)) {
      value = kReplacementCharacter;
    } else if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) {
      value = kWindows1252[value - 0x80];
    }
    AppendUtf8(value, out);
    return end - pos;
  }
  size_t end = next;
  while (end < raw.size() && end - next <= kMaxEntityNameBytes && IsAlphanumeric(raw[end])) ++end;
  std::string_view name = raw.substr(next, end - next);
  std::string_view utf8;
  if (!name.empty() && end < raw.size() && raw[end] == ';' && LookupNamedEntity(name, false, utf8)) {
    out.append(utf8);
    return end + 1 - pos;
  }
  // The longest legacy name that prefixes the run ("&notit;" is "¬it;").
  for (size_t length = name.size(); length >= 2; --length) {
    if (!LookupNamedEntity(name.substr(0, length), true, utf8)) continue;
    size_t after = next + length;
    if (in_attribute && after < raw.size() && (raw[after] == '=' || IsAlphanumeric(raw[after]))) break;
    out.append(utf8);
    return after - pos;
  }
  out.push_back('&');
  return 1;
}

}  // namespace

void DecodeCharacterReferences(std::string_view raw, bool in_attribute, std::string& out) {
  size_t pos = 0;
  while (pos < raw.size()) {
    const void* found = std::memchr(raw.data() + pos, '&', raw.size() - pos);
    size_t amp = found ? static_cast<size_t>(static_cast<const char*>(found) - raw.data()) : raw.size();
    out.append(raw.substr(pos, amp - pos));
    if (amp == raw.size()) break;
    pos = amp + DecodeOneReference(raw, amp, in_attribute, out);
  }
}

bool HtmlTokenizer::Next(HtmlToken& token) {
  if (in_content_) {
    in_content_ = false;
    size_t end = model_ == ContentModel::kPlainText ? html_.size()
                 : model_ == ContentModel::kScript  ? FindScriptEnd(pos_)
                                                    : FindRawTextEnd(pos_);
    if (end > pos_) {
      ReadText(end, token, model_ == ContentModel::kRcData);
      return true;
    }
  }
  size_t text_begin = pos_;
  size_t scan = pos_;
  while (true) {
    const void* found = scan < html_.size() ? std::memchr(html_.data() + scan, '<', html_.size() - scan) : nullptr;
    if (!found) {
      if (text_begin >= html_.size()) {
        pos_ = html_.size();
        return false;
      }
      pos_ = text_begin;
      ReadText(html_.size(), token, true);
      return true;
    }
    size_t lt = static_cast<size_t>(static_cast<const char*>(found) - html_.data());
    char next = lt + 1 < html_.size() ? html_[lt + 1] : '\0';
    bool markup = IsAsciiLetter(next) || next == '!' || next == '?' || (next == '/' && lt + 2 < html_.size());
    if (!markup) {
      scan = lt + 1;
      continue;
    }
    if (lt > text_begin) {
      pos_ = text_begin;
      ReadText(lt, token, true);
      return true;
    }
    pos_ = lt;
    if (ReadMarkup(token)) return true;
    text_begin = scan = pos_;
  }
}

void HtmlTokenizer::ReadText(size_t end, HtmlToken& token, bool decode) {
  if (!emitted_) {  // white space before the doctype does not count
    for (size_t at = pos_; at < end && !emitted_; ++at) emitted_ = !IsSpace(html_[at]);
  }
  token.kind = TokenKind::kText;
  token.offset = static_cast<uint32_t>(pos_);
  token.raw = html_.substr(pos_, end - pos_);
  token.text = token.raw;
  if (decode && std::memchr(token.raw.data(), '&', token.raw.size()) != nullptr) {
    text_buffer_.clear();
    DecodeCharacterReferences(token.raw, false, text_buffer_);
    token.text = text_buffer_;
  }
  pos_ = end;
}

bool HtmlTokenizer::ReadMarkup(HtmlToken& token) {
  size_t begin = pos_;
  char next = html_[begin + 1];
  auto skip_to_gt = [&](size_t from) {
    const void* gt = from < html_.size() ? std::memchr(html_.data() + from, '>', html_.size() - from) : nullptr;
    pos_ = gt ? static_cast<size_t>(static_cast<const char*>(gt) - html_.data()) + 1 : html_.size();
  };
  if (IsAsciiLetter(next)) return ReadTag(begin, false, token);
  if (next == '/') {
    char after = html_[begin + 2];
    if (IsAsciiLetter(after)) return ReadTag(begin, true, token);
    if (after == '>') {
      pos_ = begin + 3;
    } else {
      skip_to_gt(begin + 2);
    }
    return false;
  }
  if (next == '!') {
    std::string_view rest = html_.substr(begin);
    if (rest.substr(0, 4) == "<!--") {
      pos_ = SkipComment(begin);
      return false;
    }
    if (foreign_ && rest.substr(0, 9) == "<![CDATA[") {
      size_t close = html_.find("]]>", begin + 9);
      size_t end = close == std::string_view::npos ? html_.size() : close;
      pos_ = begin + 9;
      ReadText(end, token, false);
      pos_ = close == std::string_view::npos ? html_.size() : close + 3;
      return true;
    }
  }
  skip_to_gt(begin + 2);  // doctype, "<!x", "<?x": consumed
  if (!emitted_ && doctype_.empty() && pos_ - begin > 9) {
    static constexpr std::string_view kDoctype = "<!doctype";
    bool is_doctype = true;
    for (size_t i = 0; i < kDoctype.size(); ++i) is_doctype = is_doctype && Lower(html_[begin + i]) == kDoctype[i];
    if (is_doctype) doctype_ = html_.substr(begin, pos_ - begin);
  }
  return false;
}

bool HtmlTokenizer::ReadTag(size_t begin, bool end_tag, HtmlToken& token) {
  size_t pos = begin + (end_tag ? 2 : 1);
  size_t name_begin = pos;
  while (pos < html_.size() && !IsSpace(html_[pos]) && html_[pos] != '/' && html_[pos] != '>') ++pos;
  size_t name_size = pos - name_begin;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  if (name_size <= kMaxTagNameBytes) {
    char lower[kMaxTagNameBytes] = {};
    for (size_t i = 0; i < name_size; ++i) lower[i] = Lower(html_[name_begin + i]);
    tag = gumbo_tagn_enum(lower, static_cast<unsigned>(name_size));
  }
  token.name_hash = 0;
  if (tag == GUMBO_TAG_UNKNOWN) {
    uint32_t hash = kFnvOffset;
    for (size_t i = 0; i < name_size; ++i) hash = (hash ^ static_cast<uint8_t>(Lower(html_[name_begin + i]))) * kFnvPrime;
    token.name_hash = hash;
  }
  ReadAttributes(pos, token, !end_tag);
  if (pos >= html_.size()) {  // the page ends inside the tag: the tag is dropped
    pos_ = html_.size();
    return false;
  }
  pos_ = pos + 1;
  emitted_ = true;
  token.kind = end_tag ? TokenKind::kEndTag : TokenKind::kStartTag;
  token.tag = tag;
  token.offset = static_cast<uint32_t>(begin);
  token.raw = html_.substr(begin, pos_ - begin);
  return true;
}

void HtmlTokenizer::ReadAttributes(size_t& pos, HtmlToken& token, bool keep) {
  token.attributes.clear();
  token.self_closing = false;
  pending_.clear();
  value_buffer_.clear();
  size_t attributes_begin = pos;
  const size_t size = html_.size();
  while (true) {
    while (pos < size && IsSpace(html_[pos])) ++pos;
    if (pos >= size || html_[pos] == '>') break;
    if (html_[pos] == '/') {
      if (pos + 1 < size && html_[pos + 1] == '>') {
        token.self_closing = true;
        ++pos;
        break;
      }
      ++pos;
      continue;
    }
    size_t name_begin = pos++;
    while (pos < size && !IsSpace(html_[pos]) && html_[pos] != '/' && html_[pos] != '>' && html_[pos] != '=') ++pos;
    size_t name_end = pos;
    while (pos < size && IsSpace(html_[pos])) ++pos;
    size_t value_begin = pos, value_end = pos;
    if (pos < size && html_[pos] == '=') {
      ++pos;
      while (pos < size && IsSpace(html_[pos])) ++pos;
      if (pos >= size) break;
      char quote = html_[pos];
      if (quote == '"' || quote == '\'') {
        const void* close = std::memchr(html_.data() + pos + 1, quote, size - pos - 1);
        if (!close) {
          pos = size;
          break;
        }
        value_begin = pos + 1;
        value_end = static_cast<size_t>(static_cast<const char*>(close) - html_.data());
        pos = value_end + 1;
      } else {
        value_begin = pos;
        while (pos < size && !IsSpace(html_[pos]) && html_[pos] != '>') ++pos;
        value_end = pos;
      }
    }
    if (!keep) continue;
    size_t name_size = name_end - name_begin;
    if (name_size < 2 || name_size > 11) continue;
    name_buffer_.assign(html_.data() + name_begin, name_size);
    for (char& c : name_buffer_) c = Lower(c);
    if (foreign_ && name_buffer_ == "xlink:href") name_buffer_ = "href";  // adjusted, as in svg
    DomAttr name;
    if (!LookupDomAttr(name_buffer_, name)) continue;
    std::string_view value = html_.substr(value_begin, value_end - value_begin);
    if (std::memchr(value.data(), '&', value.size()) != nullptr) {
      size_t decoded_begin = value_buffer_.size();
      DecodeCharacterReferences(value, true, value_buffer_);
      pending_.push_back({name, decoded_begin, value_buffer_.size(), true});
    } else {
      pending_.push_back({name, value_begin, value_end, false});
    }
  }
  token.raw_attributes = html_.substr(attributes_begin, std::min(pos, size) - attributes_begin);
  for (const PendingValue& value : pending_) {
    std::string_view source = value.in_buffer ? std::string_view(value_buffer_) : html_;
    token.attributes.push_back({value.name, source.substr(value.begin, value.end - value.begin)});
  }
}

size_t HtmlTokenizer::SkipComment(size_t begin) const {
  size_t pos = begin + 4;
  if (pos < html_.size() && html_[pos] == '>') return pos + 1;
  if (pos + 1 < html_.size() && html_[pos] == '-' && html_[pos + 1] == '>') return pos + 2;
  while (true) {
    size_t dashes = html_.find("--", pos);
    if (dashes == std::string_view::npos) return html_.size();
    size_t after = dashes + 2;
    while (after < html_.size() && html_[after] == '-') ++after;  // "--->" ends too
    if (after < html_.size() && html_[after] == '>') return after + 1;
    if (html_.substr(after, 2) == "!>") return after + 2;
    pos = after;
  }
}

void HtmlTokenizer::EnterContent(GumboTag tag, ContentModel model) {
  in_content_ = true;
  model_ = model;
  content_tag_ = tag;
  content_name_ = gumbo_normalized_tagname(tag);
}

bool HtmlTokenizer::IsEndTagOf(size_t at, std::string_view lower_name) const {
  if (at + 2 + lower_name.size() >= html_.size()) return false;
  if (html_[at] != '<' || html_[at + 1] != '/') return false;
  for (size_t i = 0; i < lower_name.size(); ++i) {
    if (Lower(html_[at + 2 + i]) != lower_name[i]) return false;
  }
  char after = html_[at + 2 + lower_name.size()];
  return IsSpace(after) || after == '/' || after == '>';
}

size_t HtmlTokenizer::FindRawTextEnd(size_t from) const {
  size_t pos = from;
  while (pos < html_.size()) {
    const void* found = std::memchr(html_.data() + pos, '<', html_.size() - pos);
    if (!found) break;
    size_t lt = static_cast<size_t>(static_cast<const char*>(found) - html_.data());
    if (IsEndTagOf(lt, content_name_)) return lt;
    pos = lt + 1;
  }
  return html_.size();
}

size_t HtmlTokenizer::FindScriptEnd(size_t from) const {
  enum class State { kData, kEscaped, kDoubleEscaped };
  State state = State::kData;
  size_t pos = from;
  const size_t size = html_.size();
  auto is_script_start = [&](size_t at) {
    if (at + 7 >= size) return false;
    for (size_t i = 0; i < 6; ++i) {
      if (Lower(html_[at + 1 + i]) != "script"[i]) return false;
    }
    char after = html_[at + 7];
    return IsSpace(after) || after == '/' || after == '>';
  };
  while (pos < size) {
    if (state == State::kData) {
      const void* found = std::memchr(html_.data() + pos, '<', size - pos);
      if (!found) return size;
      size_t lt = static_cast<size_t>(static_cast<const char*>(found) - html_.data());
      if (IsEndTagOf(lt, "script")) return lt;
      if (html_.substr(lt, 4) == "<!--") {
        state = State::kEscaped;
        pos = lt + 2;  // its dashes may close it at once ("<!-->")
        continue;
      }
      pos = lt + 1;
      continue;
    }
    char c = html_[pos];
    if (c == '-' && html_.substr(pos, 3) == "-->") {
      state = State::kData;
      pos += 3;
      continue;
    }
    if (c == '<') {
      if (IsEndTagOf(pos, "script")) {
        if (state == State::kEscaped) return pos;
        state = State::kEscaped;
        pos += 8;
        continue;
      }
      if (state == State::kEscaped && is_script_start(pos)) {
        state = State::kDoubleEscaped;
        pos += 7;
        continue;
      }
    }
    ++pos;
  }
  return size;
}

}  // namespace crosscheck::html
