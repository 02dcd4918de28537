# Writes a C++ source holding a text file as one array (run as a build step: cmake -DIN= -DOUT= -DNAME= -P).
file(READ "${IN}" content)
if(content MATCHES "\\)embed\"")
  message(FATAL_ERROR "${IN} holds the raw-string delimiter )embed\"")
endif()
file(WRITE "${OUT}" "// Generated from ${IN} at build time; edit that file, not this one.\nnamespace baocao::text::data {\nextern const char ${NAME}[];\nconst char ${NAME}[] = R\"embed(${content})embed\";\n}  // namespace baocao::text::data\n")
