// Text matching shared by the reconcile parts: normalized words, overlap, stems, and the
// sentence-level lookups (who says it, when).
#include <libstemmer.h>

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "annotate/sentences.h"
#include "annotate/tokens.h"
#include "base/string_set.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

bool IsValidDateValue(const std::string& value) {
  if (value.size() < 4 || value.find('X') != std::string::npos ||
      value.find('W') != std::string::npos)
    return false;
  return value[0] >= '0' && value[0] <= '9' && value.find('T') == std::string::npos &&
         value.find('P') == std::string::npos;
}

}  // namespace

std::vector<std::string> NormalizedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
      current += c;
    } else if (c >= 'A' && c <= 'Z') {
      current += static_cast<char>(c - 'A' + 'a');
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  // Curly apostrophes and quotes stay glued to words as UTF-8 bytes: strip them.
  for (std::string& w : words) {
    if (w.find('\xE2') == std::string::npos) continue;  // no mark can be in it
    for (std::string_view mark : {"\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x9C", "\xE2\x80\x9D"}) {
      for (size_t pos = w.find(mark); pos != std::string::npos; pos = w.find(mark))
        w.erase(pos, mark.size());
    }
  }
  std::erase_if(words, [](const std::string& w) { return w.empty(); });
  return words;
}

double OverlapCoefficient(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  // Sets as sorted, deduplicated views: no hashing or string copies in this hot, pairwise loop.
  const auto sorted_unique = [](const std::vector<std::string>& words) {
    std::vector<std::string_view> views(words.begin(), words.end());
    std::sort(views.begin(), views.end());
    views.erase(std::unique(views.begin(), views.end()), views.end());
    return views;
  };
  return SortedSetsOverlap(sorted_unique(a), sorted_unique(b));
}

std::vector<std::string> SortedDistinct(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::string Stem(std::string_view word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", nullptr));
  // Stems remembered per thread: a story's statements repeat their words (bounded: emptied at
  // 64k words).
  constexpr size_t kMaxCachedStems = size_t{1} << 16;
  thread_local StringMap<std::string> cache;
  if (!stemmer || word.empty()) return std::string(word);
  if (const auto it = cache.find(word); it != cache.end()) return it->second;
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (!stemmed) return std::string(word);
  std::string stem(reinterpret_cast<const char*>(stemmed),
                   static_cast<size_t>(sb_stemmer_length(stemmer.get())));
  if (cache.size() >= kMaxCachedStems) cache.clear();
  cache.emplace(word, stem);
  return stem;
}

std::string HeadStem(std::string_view phrase) {
  const std::vector<std::string> words = NormalizedWords(phrase);
  return words.empty() ? std::string() : Stem(words.back());
}

void IndexSentenceSpeakers(StoryDocument& doc) {
  const std::vector<Span>& sentences = doc.sentences;
  doc.sentence_speaker.assign(sentences.size(), -1);
  if (sentences.empty()) return;
  const std::vector<QuoteMention>& quotes = doc.annotations->quotes;
  // Quotes in order, each marking the sentences it touches that no earlier quote marked: every
  // sentence ends up with the first quote SentenceSource's scan would find.
  for (size_t k = 0; k < quotes.size(); ++k) {
    const QuoteMention& q = quotes[k];
    if (q.speaker_name.empty()) continue;
    const auto mark = [&](size_t index) {
      if (doc.sentence_speaker[index] < 0) doc.sentence_speaker[index] = static_cast<int32_t>(k);
    };
    const uint32_t words_end = std::max(q.span.end, q.span.begin + 1);
    for (size_t index = SentenceIndexAt(sentences, q.span.begin);
         index < sentences.size() && sentences[index].begin < words_end; ++index) {
      const Span& s = sentences[index];
      if (q.span.begin < s.end && s.begin < q.span.end) mark(index);
    }
    if (q.cue) {
      const size_t index = SentenceIndexAt(sentences, q.cue->begin);
      if (q.cue->begin >= sentences[index].begin && q.cue->end <= sentences[index].end) mark(index);
    }
  }
}

std::pair<std::string, std::string> SentenceSource(const StoryDocument& doc, const Span& sentence,
                                                   const StoryEntities& entities) {
  if (!doc.sentence_speaker.empty() && !doc.sentences.empty()) {
    const size_t index = SentenceIndexAt(doc.sentences, sentence.begin);
    const Span& s = doc.sentences[index];
    if (s.begin == sentence.begin && s.end == sentence.end) {
      const int32_t quote = doc.sentence_speaker[index];
      if (quote < 0) return {};
      const std::string& name = doc.annotations->quotes[static_cast<size_t>(quote)].speaker_name;
      std::string id = entities.IdForName(name);
      return {id, id.empty() ? entities.JointName(name) : name};
    }
  }
  for (const QuoteMention& q : doc.annotations->quotes) {
    if (q.speaker_name.empty()) continue;
    const bool cue_inside = q.cue && q.cue->begin >= sentence.begin && q.cue->end <= sentence.end;
    const bool words_inside = q.span.begin < sentence.end && sentence.begin < q.span.end;
    if (cue_inside || words_inside) {
      std::string id = entities.IdForName(q.speaker_name);
      return {id, id.empty() ? entities.JointName(q.speaker_name) : q.speaker_name};
    }
  }
  return {};
}

std::string SentenceDate(const StoryDocument& doc, const Span& sentence) {
  const std::vector<TimeMention>& times = doc.annotations->times;  // sorted by span.begin
  auto it =
      std::lower_bound(times.begin(), times.end(), sentence.begin,
                       [](const TimeMention& t, uint32_t begin) { return t.span.begin < begin; });
  for (; it != times.end() && it->span.begin < sentence.end; ++it) {
    const TimeMention& t = *it;
    if (t.type != TimeType::kDate || t.span.end > sentence.end) continue;
    if (IsValidDateValue(t.value)) return t.value;
  }
  return doc.published;
}

void AddUnique(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

}  // namespace crosscheck::reconcile
