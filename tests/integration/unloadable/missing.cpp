// A library no machine has: the unloadable component needs it, and it is never installed.
extern "C" __attribute__((visibility("default"))) int baocao_missing_symbol() { return 42; }
