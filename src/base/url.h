// URLs as inputs give them: the site an address belongs to, for naming an outlet when
// nothing else does. Pure functions; thread-safe.
#ifndef CROSSCHECK_BASE_URL_H_
#define CROSSCHECK_BASE_URL_H_

#include <string>
#include <string_view>

namespace crosscheck {

// The host of an http(s) URL, lower-cased, without "www.", a port, user info or a trailing
// dot ("https://www.BBC.co.uk:443/news" -> "bbc.co.uk"); "" when `url` is not http(s) or has
// no host (a file path, "urn:...").
std::string SiteOfUrl(std::string_view url);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_URL_H_
