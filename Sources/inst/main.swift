import InstCLI

CommandLineTool.main()
