// entity_typer_samples: for each text file given, the names the learned entity typer decides
// and their hashed features, one JSON line per name: {"doc": <file stem>, "start": <byte>,
// "end": <byte>, "features": [ids]}. `make train` (scripts/train-entity-typer.sh) labels them
// from GUM train and fits the model. Byte offsets into the file's text as read.
//   usage: entity_typer_samples FILE...
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "annotate/entities.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: entity_typer_samples FILE...\n";
    return 2;
  }
  for (int arg = 1; arg < argc; ++arg) {
    std::ifstream in(argv[arg], std::ios::binary);
    if (!in) {
      std::cerr << "entity_typer_samples: cannot read " << argv[arg] << "\n";
      return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string doc = std::filesystem::path(argv[arg]).stem().string();
    for (const crosscheck::EntityTyperSample& sample : crosscheck::EntityTyperSamples(text)) {
      std::cout << "{\"doc\": \"" << doc << "\", \"start\": " << sample.span.begin
                << ", \"end\": " << sample.span.end << ", \"features\": [";
      for (size_t k = 0; k < sample.features.size(); ++k)
        std::cout << (k ? ", " : "") << sample.features[k];
      std::cout << "]}\n";
    }
  }
  return 0;
}
