// Content words of news text for story clustering: the text is split into words (Unicode
// letters and digits), lower-cased, stop words of the article's language are dropped
// (lexicons stopwords_<lang>), pure numbers are dropped, and each remaining word is stemmed
// with the Snowball stemmer of that language (libstemmer; English when unknown).
//
// A ContentWords object owns one libstemmer handle per language it has seen; it is not
// thread-safe (libstemmer handles are not), so each clusterer owns its own.
#ifndef CROSSCHECK_CLUSTER_CONTENT_WORDS_H_
#define CROSSCHECK_CLUSTER_CONTENT_WORDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sb_stemmer;

namespace crosscheck {

// Snowball stemmer name for an ISO 639-1 code ("en" -> "english"); "english" when the code
// is unknown or has no stemmer.
std::string_view StemmerNameForLanguage(std::string_view iso_639_1);

class ContentWords {
 public:
  ContentWords();
  ~ContentWords();
  ContentWords(const ContentWords&) = delete;  // owns native stemmer handles
  ContentWords& operator=(const ContentWords&) = delete;

  // Appends the stems of the content words of `text` to `stems`, in text order.
  void AppendStems(std::string_view text, std::string_view language, std::vector<std::string>& stems);

 private:
  struct Language;
  Language& LanguageFor(std::string_view iso_639_1);

  std::unordered_map<std::string, std::unique_ptr<Language>> languages_;
  std::string word_;  // scratch
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_CONTENT_WORDS_H_
