// crosscheck command line (being written: analyze, annotate).
#include <cstdio>
int main() { std::puts("crosscheck " CROSSCHECK_VERSION); return 0; }
