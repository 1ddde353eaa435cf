#include "base/url.h"

#include "base/ascii.h"

namespace crosscheck {
std::string SiteOfUrl(std::string_view url) {
  while (!url.empty() && (url.front() == ' ' || url.front() == '\t')) url.remove_prefix(1);
  if (EqualsLowerAscii(url.substr(0, 7), "http://")) {
    url.remove_prefix(7);
  } else if (EqualsLowerAscii(url.substr(0, 8), "https://")) {
    url.remove_prefix(8);
  } else {
    return "";
  }
  std::string_view host = url.substr(0, url.find_first_of("/?#\\ \t"));
  if (const size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (!host.starts_with("[")) host = host.substr(0, host.find(':'));
  std::string site = LowerAscii(host);
  while (!site.empty() && site.back() == '.') site.pop_back();
  if (site.starts_with("www.")) site.erase(0, 4);
  return site;
}

}  // namespace crosscheck
