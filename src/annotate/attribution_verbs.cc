// The attribution verb table: lexicon entries, their regular inflections, merged frames.
#include "annotate/attribution_verbs.h"

#include <algorithm>
#include <unordered_map>

#include "annotate/tokens.h"
#include "base/ascii.h"
#include "base/lexicon.h"
#include "base/string_set.h"

namespace crosscheck {
namespace {

// Regular inflections of a base form: -s, -ed, -ing.
std::vector<std::string> Inflections(const std::string& base) {
  std::vector<std::string> forms = {base};
  if (base.size() < 2) return forms;
  const char last = base.back();
  const bool vowel_before =
      std::string_view("aeiou").find(base[base.size() - 2]) != std::string_view::npos;
  if (last == 'y' && !vowel_before) {
    const std::string stem = base.substr(0, base.size() - 1);
    forms.insert(forms.end(), {stem + "ies", stem + "ied", base + "ing"});
  } else if (last == 'e') {
    const std::string stem = base.substr(0, base.size() - 1);
    forms.insert(forms.end(),
                 {base + "s", base + "d", base.ends_with("ee") ? base + "ing" : stem + "ing"});
  } else {
    const bool sibilant =
        last == 's' || last == 'x' || last == 'z' || base.ends_with("ch") || base.ends_with("sh");
    forms.insert(forms.end(), {base + (sibilant ? "es" : "s"), base + "ed", base + "ing"});
  }
  return forms;
}

// Form -> frames, built once from the lexicon.
using VerbTable = StringMap<VerbFrames>;

const VerbTable& AttributionVerbTable() {
  static const auto* const table = [] {
    auto* verbs = new VerbTable();
    for (const std::string_view entry : LexiconEntries("attribution_verbs")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2) continue;
      std::vector<std::string> forms;
      const std::string written(fields[0]);
      if (written.find(' ') == std::string::npos) {
        forms = Inflections(written);
      } else {
        size_t start = 0;
        while (start < written.size()) {
          size_t end = written.find(' ', start);
          if (end == std::string::npos) end = written.size();
          if (end > start) forms.push_back(written.substr(start, end - start));
          start = end + 1;
        }
      }
      VerbFrames frames;
      std::string_view list = fields[1];
      while (!list.empty()) {
        const size_t comma = list.find(',');
        const std::string_view frame = list.substr(0, comma);
        if (frame == "that") {
          frames.clause = true;
        } else if (frame == "to") {
          frames.infinitive = true;
        } else if (frame == "np") {
          frames.object = true;
        } else if (frame == "to-np") {
          frames.particles.emplace_back("to");
        } else if (!frame.empty()) {
          frames.particles.emplace_back(frame);
        }
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      }
      for (const std::string& form : forms) {
        VerbFrames& merged = (*verbs)[form];
        // A line's first form is its base unless the line lists past forms only ("showed
        // shown").
        if (&form == &forms.front() && !form.ends_with("ed")) merged.base = true;
        merged.clause |= frames.clause;
        merged.infinitive |= frames.infinitive;
        merged.object |= frames.object;
        for (const std::string& particle : frames.particles) {
          if (std::find(merged.particles.begin(), merged.particles.end(), particle) ==
              merged.particles.end())
            merged.particles.push_back(particle);
        }
      }
    }
    return verbs;
  }();
  return *table;
}

}  // namespace

const VerbFrames* FramesOf(std::string_view lower) {
  const auto& table = AttributionVerbTable();
  const auto it = table.find(lower);
  return it == table.end() ? nullptr : &it->second;
}

bool IsAttributionVerb(std::string_view word) {
  return FramesOf(LowerAsciiWord(word).view()) != nullptr;
}

}  // namespace crosscheck
