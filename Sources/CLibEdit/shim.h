#ifndef INST_CLIBEDIT_SHIM_H
#define INST_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
