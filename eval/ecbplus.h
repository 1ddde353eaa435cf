// Small readers shared by the evaluations on ECB+ (stories_eval: story clustering;
// event_coref_eval: cross-document event coreference): the five XML entities of its token
// text, and the standard split of its topics (Cybulska & Vossen 2015). Header-only; pure.
#ifndef CROSSCHECK_EVAL_ECBPLUS_H_
#define CROSSCHECK_EVAL_ECBPLUS_H_

#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace crosscheck {

inline std::string DecodeXmlEntities(std::string_view text) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (text.substr(i, entity.size()) == entity) {
          out.push_back(c);
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(text[i++]);
  }
  return out;
}

// Dev topics 2, 5, 12, 18, 21, 23, 34, 35; test 36-45; train the rest. `split`: train, dev,
// test or all.
inline bool InEcbSplit(int topic, const std::string& split) {
  static const std::set<int> kDev = {2, 5, 12, 18, 21, 23, 34, 35};
  const bool dev = kDev.count(topic) > 0;
  const bool test = topic >= 36 && topic <= 45;
  if (split == "dev") return dev;
  if (split == "test") return test;
  if (split == "train") return !dev && !test;
  return true;  // "all"
}

}  // namespace crosscheck

#endif  // CROSSCHECK_EVAL_ECBPLUS_H_
