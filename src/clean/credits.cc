// Credits: which wire agencies a line is credited to.
//
// An agency name in a line is a *credit* only when it stands in a structural position, the
// places where papers print who a text or picture came from:
//   - in parentheses:            "BRUSSELS, Oct 18 (AFP) -", "(AP/Reuters)"
//   - after a dash:              "... on October 16. — AFP", "BRUSSELS - AFP -"
//   - after a credit word:       "© PAP", "Copyright Agence France-Presse", "Photo: Reuters",
//                                "Images source: PAP", "By AFP", "Quelle: dpa"
//   - as a credit line:          "AP/Reuters/AFP", "Reuters staff", "With AFP" (nothing but
//                                agency names and credit words)
//   - "AFP contributed to this report"
// Anywhere else the name is a *source mention* inside a sentence ("he told AFP", "according
// to Reuters", "Yonhap reported"): the agency was quoted, not credited, so it is not returned.
//
// A credit is a *photo credit* when it credits a picture, not the text: the line opens with a
// picture label ("Photo:", "Images source: © PAP", "Foto:", the `photo` labels of the
// `page_labels` lexicon), a picture word stands right before or after the name ("Photo
// Reuters", "AFP PHOTO", "(AFP photo)", "(Photo: AFP)"), or the name is followed by a
// photographer or picture agency ("REUTERS/Jane Doe", "AFP/Getty Images"). FindCredits keeps
// only text credits, so a photo agency never becomes the origin of a syndicated story;
// FindPhotoCredits returns the others. Whether a caption's closing "— AFP" credits the picture
// is the caller's call: it knows the line is a caption and skips it.
//
// Aliases come from the `wire_agencies` lexicon; matching is case-sensitive on word
// boundaries, longest alias first, so "Agence France-Presse" wins over a shorter overlap.
// Cost: O(aliases x line length) per line; lines are short.
#include "clean/credits.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

struct Alias {
  std::string_view text;
  std::string_view canonical;
};

// All aliases, longest first, built once.
const std::vector<Alias>& Aliases() {
  static const std::vector<Alias> kAliases = [] {
    std::vector<Alias> aliases;
    for (std::string_view entry : LexiconEntries("wire_agencies")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2 || fields[1].empty()) continue;
      aliases.push_back({fields[1], fields[0]});
    }
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const Alias& a, const Alias& b) { return a.text.size() > b.text.size(); });
    return aliases;
  }();
  return kAliases;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '_'; }

struct Mention {
  size_t begin = 0;
  size_t end = 0;
  std::string_view canonical;
};

// Agency names in `line` on word boundaries, non-overlapping, in order of position.
std::vector<Mention> FindMentions(std::string_view line) {
  std::vector<Mention> mentions;
  std::vector<bool> taken(line.size(), false);
  for (const Alias& alias : Aliases()) {
    for (size_t pos = line.find(alias.text); pos != std::string_view::npos;
         pos = line.find(alias.text, pos + 1)) {
      const size_t end = pos + alias.text.size();
      const bool left_ok = pos == 0 || !IsWordByte(static_cast<unsigned char>(line[pos - 1]));
      const bool right_ok = end == line.size() || !IsWordByte(static_cast<unsigned char>(line[end]));
      if (!left_ok || !right_ok) continue;
      if (std::any_of(taken.begin() + pos, taken.begin() + end, [](bool t) { return t; })) continue;
      std::fill(taken.begin() + pos, taken.begin() + end, true);
      mentions.push_back({pos, end, alias.canonical});
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return mentions;
}

// Words that may stand next to agency names in a credit line or credit position.
constexpr std::array<std::string_view, 34> kCreditWords = {
    "by",     "with",    "and",      "via",     "source",  "sources", "photo",   "photos",
    "image",  "images",  "picture",  "pictures", "credit", "credits", "staff",   "copyright",
    "c",      "from",    "agencies", "wires",   "wire",    "foto",    "fotos",   "bild",
    "quelle", "mit",     "avec",     "con",     "fuente",  "reporting", "file",  "video",
    "graphic", "et"};

bool IsCreditWord(std::string_view lower_word) {
  return std::find(kCreditWords.begin(), kCreditWords.end(), lower_word) != kCreditWords.end();
}

// Words that say a credit is for a picture (lower case, ASCII-folded by LowerAscii).
constexpr std::array<std::string_view, 14> kPictureWords = {
    "photo", "photos", "photograph", "image", "images", "picture", "pictures",
    "foto",  "fotos",  "bild",       "bilder", "graphic", "illustration", "getty"};

bool IsPictureWord(std::string_view lower_word) {
  return std::find(kPictureWords.begin(), kPictureWords.end(), lower_word) != kPictureWords.end();
}

// Whether `line` opens with a picture label of the `page_labels` lexicon ("photo", "images
// source", "crédit photo"), followed by a non-letter.
bool OpensWithPictureLabel(std::string_view line) {
  static const std::vector<std::string> kLabels = [] {
    std::vector<std::string> labels;
    for (std::string_view entry : LexiconEntries("page_labels")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() >= 2 && fields[0] == "photo") labels.emplace_back(fields[1]);
    }
    return labels;
  }();
  while (!line.empty() && (line.front() == ' ' || line.front() == '(' || line.front() == '[')) line.remove_prefix(1);
  const std::string lower = LowerAscii(line.substr(0, std::min<size_t>(line.size(), 40)));
  for (const std::string& label : kLabels) {
    if (!std::string_view(lower).starts_with(label)) continue;
    if (lower.size() == label.size() || !IsWordByte(static_cast<unsigned char>(lower[label.size()]))) return true;
  }
  return false;
}

// The word (lower case) that ends just before `pos`, skipping spaces and ':' or '|'.
std::string WordBefore(std::string_view line, size_t pos) {
  size_t end = pos;
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == ':' || line[end - 1] == '|')) --end;
  size_t begin = end;
  while (begin > 0 && IsWordByte(static_cast<unsigned char>(line[begin - 1]))) --begin;
  return LowerAscii(line.substr(begin, end - begin));
}

// Last non-space character before `pos` (as a UTF-8 suffix check for dashes and ©).
bool PrecededBy(std::string_view line, size_t pos, std::string_view mark) {
  size_t end = pos;
  while (end > 0 && line[end - 1] == ' ') --end;
  return end >= mark.size() && line.substr(end - mark.size(), mark.size()) == mark;
}

bool InParentheses(std::string_view line, const Mention& mention) {
  // "(AFP)", "(AP/Reuters)", "(Reuters) -": an opening '(' before with only agency-ish
  // characters between, and a ')' after.
  const size_t open = line.rfind('(', mention.begin);
  if (open == std::string_view::npos) return false;
  const size_t close = line.find(')', mention.end);
  if (close == std::string_view::npos) return false;
  const size_t other_open = line.find('(', mention.end);
  if (other_open != std::string_view::npos && other_open < close) return false;
  // Short parenthetical only: a long one is an aside inside a sentence.
  constexpr size_t kMaxCreditParenthesis = 48;
  return close - open <= kMaxCreditParenthesis &&
         line.substr(open, mention.begin - open).find(')') == std::string_view::npos;
}

bool AfterDash(std::string_view line, const Mention& mention) {
  if (!(PrecededBy(line, mention.begin, "\xE2\x80\x94") ||  // em dash
        PrecededBy(line, mention.begin, "\xE2\x80\x93") ||  // en dash
        PrecededBy(line, mention.begin, "-"))) {
    return false;
  }
  // The credit closes the line or is followed by another dash or a separator.
  size_t pos = mention.end;
  while (pos < line.size() && line[pos] == ' ') ++pos;
  return pos == line.size() || line[pos] == '-' || line[pos] == '/' || line[pos] == ',' ||
         line[pos] == '|' || line[pos] == ')' || line.substr(pos).starts_with("\xE2\x80");
}

bool AfterCreditWord(std::string_view line, const Mention& mention) {
  if (PrecededBy(line, mention.begin, "\xC2\xA9") || PrecededBy(line, mention.begin, "(c)") ||
      PrecededBy(line, mention.begin, "(C)")) {
    return true;
  }
  // "Photo: Reuters" and "By AFP": a credit word right before, and for "by"/"with"/"from"
  // only at the start of the line (inside a sentence "by AFP" is prose: "reported by AFP").
  const std::string word = WordBefore(line, mention.begin);
  if (word.empty() || !IsCreditWord(word)) return false;
  if (word == "by" || word == "with" || word == "from" || word == "and" || word == "via" ||
      word == "mit" || word == "avec" || word == "con" || word == "et") {
    // Everything before the mention is that one word (and spaces or punctuation).
    std::string prefix = LowerAscii(line.substr(0, mention.begin));
    std::erase_if(prefix, [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); });
    return prefix == word;
  }
  return true;
}

// A line made only of agency names, separators and credit words: "AP/Reuters/AFP".
bool IsCreditLine(std::string_view line, const std::vector<Mention>& mentions) {
  size_t mention_idx = 0;
  size_t pos = 0;
  while (pos < line.size()) {
    if (mention_idx < mentions.size() && pos == mentions[mention_idx].begin) {
      pos = mentions[mention_idx++].end;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(line[pos]);
    if (!IsWordByte(c) || c >= 0x80) {
      // Punctuation, spaces and non-ASCII symbols (dashes, ©) are separators; a non-ASCII
      // letter would start a word, so check for one.
      if (c >= 0x80 && pos + 1 < line.size() && static_cast<unsigned char>(line[pos + 1]) >= 0x80 &&
          c >= 0xC3 && c < 0xE0) {
        return false;  // a Latin letter with a diacritic: prose
      }
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < line.size() && IsWordByte(static_cast<unsigned char>(line[end])) &&
           static_cast<unsigned char>(line[end]) < 0x80) {
      ++end;
    }
    const std::string word = LowerAscii(line.substr(pos, end - pos));
    const bool is_number = std::all_of(word.begin(), word.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
    if (!is_number && !IsCreditWord(word)) return false;
    pos = end;
  }
  return true;
}

// The word (lower case) that starts right after `pos`, skipping spaces.
std::string WordAfter(std::string_view line, size_t pos) {
  while (pos < line.size() && line[pos] == ' ') ++pos;
  size_t end = pos;
  while (end < line.size() && IsWordByte(static_cast<unsigned char>(line[end]))) ++end;
  return LowerAscii(line.substr(pos, end - pos));
}

// Whether a structural credit credits a picture (see the top of the file).
bool IsPictureCredit(std::string_view line, const Mention& mention, const std::vector<Mention>& mentions) {
  if (IsPictureWord(WordBefore(line, mention.begin)) || IsPictureWord(WordAfter(line, mention.end))) return true;
  // "(AFP photo)", "(Photo: AFP)", "(AFP/Getty Images)": a picture word in the parenthesis.
  if (InParentheses(line, mention)) {
    const size_t open = line.rfind('(', mention.begin);
    const size_t close = line.find(')', mention.end);
    std::string inside = LowerAscii(line.substr(open + 1, close - open - 1));
    for (char& c : inside) {
      if (!IsWordByte(static_cast<unsigned char>(c))) c = ' ';
    }
    for (size_t pos = 0; pos < inside.size();) {
      const std::string word = WordAfter(inside, pos);
      if (IsPictureWord(word)) return true;
      pos = inside.find(' ', pos + std::max<size_t>(word.size(), 1));
      if (pos == std::string::npos) break;
    }
  }
  // "REUTERS/Jane Doe": a slash and a capitalized name that is not another agency.
  if (mention.end + 1 < line.size() && line[mention.end] == '/' &&
      std::isupper(static_cast<unsigned char>(line[mention.end + 1]))) {
    const bool agency_next = std::any_of(mentions.begin(), mentions.end(),
                                         [&](const Mention& other) { return other.begin == mention.end + 1; });
    if (!agency_next) return true;
  }
  return false;
}

enum class CreditKind { kText, kPicture };

// Structural credits of `line` of one kind, canonical names in order, without repeats.
std::vector<std::string> FindCreditsOfKind(std::string_view line, CreditKind kind) {
  std::vector<std::string> credits;
  const std::vector<Mention> mentions = FindMentions(line);
  if (mentions.empty()) return credits;
  const bool credit_line = IsCreditLine(line, mentions);
  const bool contributed = LowerAscii(line).find("contributed to this report") != std::string::npos;
  const bool picture_line = OpensWithPictureLabel(line);
  for (const Mention& mention : mentions) {
    // The picture forms ("AFP PHOTO", "REUTERS/Jane Doe") are credit positions of their own.
    const bool picture_form = IsPictureCredit(line, mention, mentions);
    const bool structural = credit_line || contributed || picture_form || InParentheses(line, mention) ||
                            AfterDash(line, mention) || AfterCreditWord(line, mention);
    if (!structural) continue;
    const bool picture = picture_line || picture_form;
    if (picture != (kind == CreditKind::kPicture)) continue;
    std::string name(mention.canonical);
    if (std::find(credits.begin(), credits.end(), name) == credits.end()) {
      credits.push_back(std::move(name));
    }
  }
  return credits;
}

}  // namespace

std::vector<std::string> FindCredits(std::string_view line) { return FindCreditsOfKind(line, CreditKind::kText); }

std::vector<std::string> FindPhotoCredits(std::string_view line) {
  return FindCreditsOfKind(line, CreditKind::kPicture);
}

std::string CanonicalAgency(std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  for (const Alias& alias : Aliases()) {
    if (alias.text == name) return std::string(alias.canonical);
  }
  // Case-insensitive second chance for long names ("associated press"), never for short
  // acronyms where case carries the meaning ("ap", "cp").
  constexpr size_t kMinCaselessAlias = 5;
  if (name.size() >= kMinCaselessAlias) {
    const std::string lower = LowerAscii(name);
    for (const Alias& alias : Aliases()) {
      if (alias.text.size() >= kMinCaselessAlias && LowerAscii(alias.text) == lower) {
        return std::string(alias.canonical);
      }
    }
  }
  return "";
}

}  // namespace crosscheck
