import SafeguardingCLI

// The command-line tool: every command lives in SafeguardingCLI so that tests can run it in process.
SafeguardingMetricsTool.exit(withArguments: Array(CommandLine.arguments.dropFirst()))
