#include "dedup/synthetic_reuse.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <numeric>
#include <sstream>
#include <unordered_map>

#include "base/date.h"
#include "dedup/shingle.h"

namespace crosscheck {
namespace {

// Generic page furniture that outlets add around copy (written for this generator).
constexpr std::array<const char*, 5> kBoilerplate = {
    "Sign up for our morning newsletter to get the top stories of the day delivered to your inbox.",
    "Copyright 2024 all rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without permission.",
    "Follow us on social media for the latest updates, videos and live coverage of this story.",
    "Have a story tip or a correction? Contact the newsroom through the form on our website.",
    "Related coverage: more stories from our correspondents around the world are available in "
    "the world news section."};
// Boilerplate paragraphs are shared text too: they carry this pseudo-family as provenance.
constexpr uint64_t kBoilerplateFamily = 0xFFFFFFFFull;
constexpr std::array<const char*, 6> kInsertedStopWords = {"the", "on", "a", "of", "that", "also"};

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) {
    if (!text.empty()) text += ' ';
    text += word;
  }
  return text;
}

bool HasQuotationMark(const std::string& word) {
  for (const char* mark : {"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2039", "\u203A"}) {
    if (word.find(mark) != std::string::npos) return true;
  }
  return false;
}

uint32_t CountWords(const std::string& text) { return static_cast<uint32_t>(SplitWords(text).size()); }

// Sentences split after ". " (good enough for generating cuts).
std::vector<std::string> SplitSentences(const std::string& paragraph) {
  std::vector<std::string> sentences;
  size_t begin = 0;
  for (size_t pos = paragraph.find(". "); pos != std::string::npos; pos = paragraph.find(". ", begin)) {
    sentences.push_back(paragraph.substr(begin, pos + 1 - begin));
    begin = pos + 2;
  }
  if (begin < paragraph.size()) sentences.push_back(paragraph.substr(begin));
  return sentences;
}

class Editor {
 public:
  explicit Editor(uint32_t seed) : random_(seed) {}
  uint32_t Below(uint32_t bound) { return bound == 0 ? 0 : random_() % bound; }
  bool Chance(double probability) { return (random_() % 10000) < probability * 10000; }

  // "NATO" -> "Nato", some capitalised words lower-cased.
  std::string ChangeCase(const std::string& paragraph) {
    std::vector<std::string> words = SplitWords(paragraph);
    for (std::string& word : words) {
      const bool all_caps = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
                              return !std::isalpha(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c));
                            });
      if (all_caps) {
        for (size_t i = 1; i < word.size(); ++i) word[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
      } else if (Chance(0.05)) {
        word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
      }
    }
    return JoinWords(words);
  }

  // ~rate of words replaced by words of `vocabulary`, stop words inserted, numbers regrouped.
  std::string ChangeWords(const std::string& paragraph, const std::vector<std::string>& vocabulary, double rate) {
    std::vector<std::string> edited;
    for (std::string& word : SplitWords(paragraph)) {
      if (Chance(rate / 2)) edited.push_back(kInsertedStopWords[Below(kInsertedStopWords.size())]);
      // Words with quotation marks stay: moving one would shift what the shingler skips.
      if (!vocabulary.empty() && Chance(rate) && !HasQuotationMark(word)) {
        const std::string& replacement = vocabulary[Below(vocabulary.size())];
        if (!HasQuotationMark(replacement)) word = replacement;
      }
      if (word.size() >= 4 && std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        word.insert(word.size() - 3, ",");  // "1500" -> "1,500"
      }
      edited.push_back(word);
    }
    return JoinWords(edited);
  }

  std::string CutSentence(const std::string& paragraph) {
    std::vector<std::string> sentences = SplitSentences(paragraph);
    if (sentences.size() < 2) return paragraph;
    sentences.erase(sentences.begin() + Below(sentences.size()));
    return JoinWords(sentences);
  }

 private:
  std::mt19937 random_;
};

struct Paragraph {
  std::string text;
  std::vector<uint64_t> sources;  // family << 32 | paragraph
};

SyntheticDocument Finish(std::vector<Paragraph> paragraphs, EditKind kind, int32_t family, const std::string& id) {
  SyntheticDocument doc;
  doc.kind = kind;
  doc.family = family;
  doc.article.id = id;
  std::map<uint64_t, uint32_t> kept;
  for (Paragraph& paragraph : paragraphs) {
    const uint32_t words = CountWords(paragraph.text);
    doc.words += words;
    for (uint64_t source : paragraph.sources) kept[source] += words / static_cast<uint32_t>(paragraph.sources.size());
    Block block;
    block.text = std::move(paragraph.text);
    doc.article.blocks.push_back(std::move(block));
  }
  for (const auto& [source, words] : kept) {
    doc.source_paragraphs.push_back(source);
    doc.source_paragraph_words.push_back(words);
  }
  return doc;
}

std::vector<Paragraph> Originals(const ParagraphText& text, int32_t family) {
  std::vector<Paragraph> paragraphs;
  for (size_t i = 0; i < text.size(); ++i) {
    paragraphs.push_back({text[i], {uint64_t(uint32_t(family)) << 32 | i}});
  }
  return paragraphs;
}

Paragraph BoilerplateParagraph(Editor& editor) {
  const uint32_t which = editor.Below(kBoilerplate.size());
  return {kBoilerplate[which], {kBoilerplateFamily << 32 | which}};
}

std::vector<Paragraph> Edit(const std::vector<Paragraph>& source, EditKind kind, const ParagraphText& host,
                            Editor& editor) {
  const std::vector<std::string> vocabulary = SplitWords(JoinWords(host));
  std::vector<Paragraph> edited;
  switch (kind) {
    case EditKind::kNearExactCopy:
      for (const Paragraph& paragraph : source) edited.push_back({editor.ChangeCase(paragraph.text), paragraph.sources});
      edited.push_back(BoilerplateParagraph(editor));
      break;
    case EditKind::kPartialReprint: {
      const size_t count = std::max<size_t>(1, source.size() * (30 + editor.Below(31)) / 100);
      const size_t first = editor.Below(static_cast<uint32_t>(source.size() - count + 1));
      const size_t split = editor.Below(static_cast<uint32_t>(host.size() + 1));
      for (size_t i = 0; i < split; ++i) edited.push_back({host[i], {}});
      for (size_t i = first; i < first + count; ++i) edited.push_back(source[i]);
      for (size_t i = split; i < host.size(); ++i) edited.push_back({host[i], {}});
      break;
    }
    case EditKind::kDroppedParagraphs:
      for (const Paragraph& paragraph : source) {
        if (editor.Chance(0.3)) continue;
        edited.push_back({editor.Chance(0.3) ? editor.CutSentence(paragraph.text) : paragraph.text, paragraph.sources});
      }
      break;
    case EditKind::kWordChanges:
      for (const Paragraph& paragraph : source) {
        edited.push_back({editor.ChangeWords(editor.ChangeCase(paragraph.text), vocabulary, 0.03), paragraph.sources});
      }
      break;
    case EditKind::kCombined:
    default:
      for (const Paragraph& paragraph : source) {
        if (editor.Chance(0.25)) continue;
        Paragraph changed{editor.ChangeWords(editor.CutSentence(paragraph.text), vocabulary, 0.03), paragraph.sources};
        if (!edited.empty() && editor.Chance(0.2)) {  // merged into the previous paragraph
          edited.back().text += " " + changed.text;
          edited.back().sources.insert(edited.back().sources.end(), changed.sources.begin(), changed.sources.end());
        } else {
          edited.push_back(std::move(changed));
        }
      }
      edited.insert(edited.begin(), BoilerplateParagraph(editor));
      break;
  }
  if (edited.empty()) edited.push_back(source.front());
  return edited;
}

}  // namespace

const char* EditKindName(EditKind kind) {
  switch (kind) {
    case EditKind::kSource: return "source";
    case EditKind::kNearExactCopy: return "near_exact_copy";
    case EditKind::kPartialReprint: return "partial_reprint";
    case EditKind::kDroppedParagraphs: return "dropped_paragraphs";
    case EditKind::kWordChanges: return "word_changes";
    case EditKind::kCombined: return "combined";
    case EditKind::kQuoteDecoy: return "quote_decoy";
  }
  return "source";
}

StatusOr<std::vector<ParagraphText>> ReadParagraphFiles(const std::string& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) return NotFoundError(dir + ": not a directory");
  std::vector<std::string> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") paths.push_back(it->path().string());
  }
  if (error) return IoError(dir + ": " + error.message());
  std::sort(paths.begin(), paths.end());
  std::vector<ParagraphText> texts;
  for (const std::string& path : paths) {
    std::ifstream file(path);
    if (!file) return IoError(path + ": cannot read");
    ParagraphText paragraphs;
    std::string line, current;
    bool headline = true;
    while (std::getline(file, line)) {
      if (headline) {
        headline = false;
        continue;
      }
      if (line.empty() || line == "\r") {
        if (!current.empty()) paragraphs.push_back(std::move(current));
        current.clear();
      } else {
        current += current.empty() ? line : " " + line;
      }
    }
    if (!current.empty()) paragraphs.push_back(std::move(current));
    if (!paragraphs.empty()) texts.push_back(std::move(paragraphs));
  }
  return texts;
}

std::vector<SyntheticDocument> MakeSyntheticReuseCorpus(const std::vector<ParagraphText>& texts,
                                                         const SyntheticOptions& options) {
  Editor editor(options.seed);
  std::vector<SyntheticDocument> docs;
  size_t next_text = 0;
  int32_t next_family = 0;
  auto take_text = [&]() -> const ParagraphText* { return next_text < texts.size() ? &texts[next_text++] : nullptr; };
  for (uint32_t s = 0; s < options.sources; ++s) {
    const ParagraphText* source_text = take_text();
    if (source_text == nullptr) break;
    const int32_t family = next_family++;
    const std::vector<Paragraph> source = Originals(*source_text, family);
    docs.push_back(Finish(source, EditKind::kSource, family, "s" + std::to_string(family)));
    const uint32_t variants = 1 + editor.Below(std::max(1u, options.max_variants));
    for (uint32_t v = 0; v < variants; ++v) {
      const EditKind kind = static_cast<EditKind>(1 + editor.Below(5));
      const ParagraphText* host = take_text();
      if (host == nullptr) break;
      docs.push_back(Finish(Edit(source, kind, *host, editor), kind, family,
                            "s" + std::to_string(family) + "v" + std::to_string(v)));
    }
  }
  for (uint32_t d = 0; d < options.quote_decoy_pairs; ++d) {
    const ParagraphText* statement_text = take_text();
    const ParagraphText* first = take_text();
    const ParagraphText* second = take_text();
    if (second == nullptr) break;
    std::string statement;  // the longest sentence of a third article
    for (const std::string& paragraph : *statement_text) {
      for (const std::string& sentence : SplitSentences(paragraph)) {
        if (sentence.size() > statement.size()) statement = sentence;
      }
    }
    while (!statement.empty() && (statement.back() == '.' || statement.back() == ' ')) statement.pop_back();
    for (const ParagraphText* text : {first, second}) {
      const int32_t family = next_family++;
      std::vector<Paragraph> paragraphs = Originals(*text, family);
      paragraphs.insert(paragraphs.begin() + std::min<size_t>(1, paragraphs.size()),
                        {"\u201C" + statement + ",\u201D a government spokesman said.", {}});
      docs.push_back(Finish(paragraphs, EditKind::kQuoteDecoy, family, "q" + std::to_string(family)));
    }
  }
  return docs;
}

double SharedSourceShare(const SyntheticDocument& x, const SyntheticDocument& y) {
  uint64_t shared = 0;
  size_t i = 0, j = 0;
  while (i < x.source_paragraphs.size() && j < y.source_paragraphs.size()) {
    if (x.source_paragraphs[i] < y.source_paragraphs[j]) {
      ++i;
    } else if (y.source_paragraphs[j] < x.source_paragraphs[i]) {
      ++j;
    } else {
      const bool boilerplate = (x.source_paragraphs[i] >> 32) == kBoilerplateFamily;
      const uint32_t words = std::min(x.source_paragraph_words[i++], y.source_paragraph_words[j++]);
      if (!boilerplate) shared += words;
    }
  }
  const uint32_t smaller = std::min(x.words, y.words);
  return smaller == 0 ? 0.0 : double(shared) / smaller;
}

PerturbedStream MakePerturbedStream(const std::vector<ParagraphText>& texts, size_t count, uint32_t seed) {
  PerturbedStream stream;
  stream.generation_size = texts.size();
  if (texts.empty()) return stream;
  // Texts as token ids; content tokens (those the shingler keeps) are the ones permuted.
  std::vector<std::string> vocabulary;
  std::vector<uint32_t> content_tokens;
  std::unordered_map<std::string, uint32_t> token_id;
  std::vector<std::vector<std::vector<uint32_t>>> tokenized;
  for (const ParagraphText& text : texts) {
    std::vector<std::vector<uint32_t>>& paragraphs = tokenized.emplace_back();
    for (const std::string& paragraph : text) {
      std::vector<uint32_t>& ids = paragraphs.emplace_back();
      for (const std::string& word : SplitWords(paragraph)) {
        auto [it, inserted] = token_id.emplace(word, static_cast<uint32_t>(vocabulary.size()));
        if (inserted) {
          vocabulary.push_back(word);
          if (!NormalizedContentWords(word).empty()) content_tokens.push_back(it->second);
        }
        ids.push_back(it->second);
      }
    }
  }
  Editor editor(seed);
  std::mt19937 random(seed);
  std::vector<uint32_t> mapping(vocabulary.size());
  stream.articles.reserve(count);
  for (size_t doc = 0; doc < count; ++doc) {
    if (doc % texts.size() == 0) {  // a new generation: a new permutation of content tokens
      std::iota(mapping.begin(), mapping.end(), 0u);
      if (doc > 0) {
        std::vector<uint32_t> shuffled = content_tokens;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        for (size_t i = 0; i < content_tokens.size(); ++i) mapping[content_tokens[i]] = shuffled[i];
      }
    }
    Article article;
    article.id = "p" + std::to_string(doc);
    if (doc % 10 == 9) {
      const Article& previous = stream.articles.back();
      const std::vector<std::string> words = SplitWords(previous.blocks.front().text);
      for (const Block& block : previous.blocks) {
        Block edited;
        edited.text = editor.ChangeWords(editor.ChangeCase(block.text), words, 0.03);
        article.blocks.push_back(std::move(edited));
      }
      stream.planted.emplace_back(static_cast<DocIndex>(doc - 1), static_cast<DocIndex>(doc));
    } else {
      for (const std::vector<uint32_t>& ids : tokenized[doc % texts.size()]) {
        Block block;
        for (uint32_t id : ids) {
          if (!block.text.empty()) block.text += ' ';
          block.text += vocabulary[mapping[id]];
        }
        article.blocks.push_back(std::move(block));
      }
    }
    stream.articles.push_back(std::move(article));
  }
  return stream;
}

}  // namespace crosscheck

namespace crosscheck {

struct NewsStreamGenerator::State {
  const std::vector<ParagraphText>* texts = nullptr;
  uint32_t stories_per_day = 400;
  Editor editor{1};
  std::mt19937 random{1};
  std::vector<std::string> vocabulary;
  std::vector<uint32_t> content_tokens;
  std::vector<std::vector<std::vector<uint32_t>>> tokenized;
  std::vector<uint32_t> mapping;
  std::vector<uint32_t> order;  // texts in a shuffled order, so neighbours differ in kind
  uint64_t story = 0;
  uint64_t generation = UINT64_MAX;
  std::vector<StreamDocument> pending;  // the current story's documents, last first

  ParagraphText Mapped(size_t text) const {
    ParagraphText paragraphs;
    for (const std::vector<uint32_t>& ids : tokenized[text]) {
      std::string& paragraph = paragraphs.emplace_back();
      for (uint32_t id : ids) {
        if (!paragraph.empty()) paragraph += ' ';
        paragraph += vocabulary[mapping[id]];
      }
    }
    return paragraphs;
  }

  void NextStory() {
    const size_t size = texts->size();
    const uint64_t g = story / size;
    if (g != generation) {
      generation = g;
      std::iota(mapping.begin(), mapping.end(), 0u);
      if (g > 0) {
        std::vector<uint32_t> shuffled = content_tokens;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        for (size_t i = 0; i < content_tokens.size(); ++i) mapping[content_tokens[i]] = shuffled[i];
      }
    }
    const size_t text = order[story % size];
    const ParagraphText source = Mapped(text);
    const ParagraphText host = Mapped(order[(story + 1 + editor.Below(size - 1)) % size]);
    std::vector<Paragraph> originals;
    for (size_t i = 0; i < source.size(); ++i) originals.push_back({source[i], {}});
    // Title: the first sentence's first words.
    std::vector<std::string> words = SplitWords(SplitSentences(source.front()).front());
    if (words.size() > 10) words.resize(10);
    const std::string title = JoinWords(words);

    const uint32_t count = 1 + editor.Below(4) + (editor.Chance(0.25) ? editor.Below(9) : 0);
    const int64_t first_day = DaysFromCivil(2024, 1, 1) + int64_t(story / stories_per_day);
    std::vector<StreamDocument> documents;
    for (uint32_t k = 0; k < count; ++k) {
      StreamDocument document;
      document.story = story;
      document.id = "s" + std::to_string(story) + "-" + std::to_string(k);
      std::vector<Paragraph> paragraphs = originals;
      if (k > 0) {
        constexpr std::array<EditKind, 5> kEdits = {EditKind::kNearExactCopy, EditKind::kPartialReprint,
                                                    EditKind::kDroppedParagraphs, EditKind::kWordChanges,
                                                    EditKind::kCombined};
        paragraphs = Edit(originals, kEdits[editor.Below(kEdits.size())], host, editor);
      }
      document.title = k == 0 ? title : editor.ChangeCase(title);
      for (const Paragraph& paragraph : paragraphs) {
        if (!document.text.empty()) document.text += "\n\n";
        document.text += paragraph.text;
      }
      const Date day = CivilFromDays(first_day + (k == 0 ? 0 : editor.Below(3)));
      char stamp[40];
      std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02u:%02u:00Z", day.year, day.month, day.day,
                    editor.Below(24), editor.Below(60));
      document.published = stamp;
      const uint32_t outlet = editor.Below(300);
      document.outlet = "Outlet " + std::to_string(outlet);
      document.url = "https://www.outlet" + std::to_string(outlet) + ".example/news/" + document.id;
      documents.push_back(std::move(document));
    }
    std::reverse(documents.begin(), documents.end());
    pending = std::move(documents);
    ++story;
  }
};

NewsStreamGenerator::NewsStreamGenerator(const std::vector<ParagraphText>* texts, uint32_t seed,
                                         uint32_t stories_per_day)
    : state_(std::make_unique<State>()) {
  State& state = *state_;
  state.texts = texts;
  state.stories_per_day = std::max<uint32_t>(1, stories_per_day);
  state.editor = Editor(seed);
  state.random.seed(seed);
  std::unordered_map<std::string, uint32_t> token_id;
  for (const ParagraphText& text : *texts) {
    std::vector<std::vector<uint32_t>>& paragraphs = state.tokenized.emplace_back();
    for (const std::string& paragraph : text) {
      std::vector<uint32_t>& ids = paragraphs.emplace_back();
      for (const std::string& word : SplitWords(paragraph)) {
        auto [it, inserted] = token_id.emplace(word, static_cast<uint32_t>(state.vocabulary.size()));
        if (inserted) {
          state.vocabulary.push_back(word);
          if (!NormalizedContentWords(word).empty()) state.content_tokens.push_back(it->second);
        }
        ids.push_back(it->second);
      }
    }
  }
  state.mapping.resize(state.vocabulary.size());
  state.order.resize(texts->size());
  std::iota(state.order.begin(), state.order.end(), 0u);
  std::shuffle(state.order.begin(), state.order.end(), state.random);
}

NewsStreamGenerator::~NewsStreamGenerator() = default;

bool NewsStreamGenerator::Next(StreamDocument* document) {
  State& state = *state_;
  if (state.texts->empty()) return false;
  while (state.pending.empty()) state.NextStory();
  *document = std::move(state.pending.back());
  state.pending.pop_back();
  return true;
}

}  // namespace crosscheck
