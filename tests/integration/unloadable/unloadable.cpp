// Stands in for baocao.uno.so on a machine where it cannot load (test_gui_load_failure.py): its
// NEEDED libbaocao_missing.so exists nowhere the loader looks.
extern "C" int baocao_missing_symbol();
extern "C" __attribute__((visibility("default"))) int baocao_unloadable() { return baocao_missing_symbol(); }
