#include "base/url.h"

#include "base/ascii.h"

namespace crosscheck {
namespace {

bool StartsWithIgnoreCase(std::string_view text, std::string_view lower_prefix) {
  if (text.size() < lower_prefix.size()) return false;
  for (size_t idx = 0; idx < lower_prefix.size(); ++idx) {
    if (LowerAsciiChar(text[idx]) != lower_prefix[idx]) return false;
  }
  return true;
}

}  // namespace

std::string SiteOfUrl(std::string_view url) {
  while (!url.empty() && (url.front() == ' ' || url.front() == '\t')) url.remove_prefix(1);
  if (StartsWithIgnoreCase(url, "http://")) {
    url.remove_prefix(7);
  } else if (StartsWithIgnoreCase(url, "https://")) {
    url.remove_prefix(8);
  } else {
    return "";
  }
  std::string_view host = url.substr(0, url.find_first_of("/?#\\ \t"));
  if (const size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (!host.starts_with("[")) host = host.substr(0, host.find(':'));
  std::string site;
  for (char c : host) site.push_back(LowerAsciiChar(c));
  while (!site.empty() && site.back() == '.') site.pop_back();
  if (site.starts_with("www.")) site.erase(0, 4);
  return site;
}

}  // namespace crosscheck
