// pronoun_antecedents: for each text file given, every "he" and "she" outside quotation marks
// and the name the speaker finder resolves it to (SpeakerFinder::ResolvePronoun, the method
// that names the speaker of "he said"), with the spans of that name's mentions before the
// pronoun, one JSON line per pronoun: {"doc": <file stem>, "start": <byte>, "end": <byte>,
// "name": <name or "">, "antecedents": [[start, end], ...]}. Byte offsets into the file's
// text. eval/annotate/gum_pronouns.py scores the lines against GUM's coreference chains.
//   usage: pronoun_antecedents FILE...
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "annotate/entities.h"
#include "annotate/quotes.h"
#include "annotate/reading.h"
#include "annotate/speakers.h"
#include "annotate/tokens.h"
#include "model/document.h"
#include "report/json_writer.h"

namespace {
std::string JsonString(std::string_view value) {
  std::string out;
  crosscheck::AppendJsonString(value, out);
  return out;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace crosscheck;
  if (argc < 2) {
    std::cerr << "usage: pronoun_antecedents FILE...\n";
    return 2;
  }
  for (int arg = 1; arg < argc; ++arg) {
    std::ifstream in(argv[arg], std::ios::binary);
    if (!in) {
      std::cerr << "pronoun_antecedents: cannot read " << argv[arg] << "\n";
      return 1;
    }
    Article article;
    article.blocks.push_back(
        Block{BlockKind::kParagraph,
              std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()),
              0, 0});
    const std::string body = article.Body();
    const std::string doc = std::filesystem::path(argv[arg]).stem().string();
    const TextReading reading(body);
    Annotations annotations;
    EntityAnnotator().Annotate(article, reading, annotations);
    const std::vector<Span> quoted = QuotedSpans(FindQuotedPassages(reading));
    const SpeakerFinder finder(body, annotations.entities, quoted, reading.sentences());
    for (size_t s = 0; s < reading.sentences().size(); ++s) {
      for (const Token& token : reading.SentenceTokens(s)) {
        const std::string_view word = std::string_view(body).substr(token.begin, token.end - token.begin);
        if (word != "he" && word != "He" && word != "she" && word != "She") continue;
        bool inside = false;
        for (const Span& q : quoted) inside = inside || (q.begin <= token.begin && token.begin < q.end);
        if (inside) continue;
        const std::string name = finder.ResolvePronoun(word, token.begin, nullptr);
        std::cout << "{\"doc\": " << JsonString(doc) << ", \"start\": " << token.begin
                  << ", \"end\": " << token.end << ", \"name\": " << JsonString(name)
                  << ", \"antecedents\": [";
        bool first = true;
        for (const EntityMention& e : annotations.entities) {
          if (e.span.begin >= token.begin || name.empty() || e.canonical != name) continue;
          std::cout << (first ? "" : ", ") << "[" << e.span.begin << ", " << e.span.end << "]";
          first = false;
        }
        std::cout << "]}\n";
      }
    }
  }
  return 0;
}
