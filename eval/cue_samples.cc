// cue_samples: for each text file given, every candidate word of the learned cue model and its
// hashed features, one line per word: "<file stem>\t<start byte>\t<end byte>\t<id> <id> …".
// `make train` (scripts/train-cue-model.sh) labels them from PolNeAR train and fits the model.
// Sentences and tokens as the quote annotator reads them; byte offsets into the file's text.
//   usage: cue_samples FILE...
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "annotate/cue_model.h"
#include "annotate/sentences.h"
#include "annotate/tokens.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: cue_samples FILE...\n";
    return 2;
  }
  for (int arg = 1; arg < argc; ++arg) {
    std::ifstream in(argv[arg], std::ios::binary);
    if (!in) {
      std::cerr << "cue_samples: cannot read " << argv[arg] << "\n";
      return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string doc = std::filesystem::path(argv[arg]).stem().string();
    for (const crosscheck::Span& sentence : crosscheck::SplitSentences(text)) {
      const std::vector<crosscheck::Token> tokens = crosscheck::Tokenize(
          std::string_view(text).substr(sentence.begin, sentence.size()), sentence.begin);
      for (size_t k = 0; k < tokens.size(); ++k) {
        if (!crosscheck::IsCueCandidate(text, tokens, k)) continue;
        std::cout << doc << '\t' << tokens[k].begin << '\t' << tokens[k].end << '\t';
        const std::vector<uint32_t> ids = crosscheck::CueFeatures(text, tokens, k);
        for (size_t f = 0; f < ids.size(); ++f) std::cout << (f ? " " : "") << ids[f];
        std::cout << '\n';
      }
    }
  }
  return 0;
}
