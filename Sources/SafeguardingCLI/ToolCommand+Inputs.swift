import SafeguardingData

extension ToolCommand {
    /// Refuses an `--output` that is one of the command's inputs (the same file by device and
    /// inode, whatever its name) or lies inside an input folder, before anything is read or
    /// written, so a child-level return is never overwritten by a report.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` (exit 2) naming the input.
    func refuseOutputOverInputs() throws(ToolError) {
        let outputs = [options.output.map { ("--output", $0) }].compactMap { $0 } + otherOutputs
        for (option, output) in outputs {
            for input in inputPaths {
                guard let conflict = ProtectedInputs([input.path]).conflict(for: output) else { continue }
                throw .invalidUsage("\(option) \(output) would overwrite or write inside the input \(input.option) "
                    + "\(conflict); write the output somewhere else")
            }
        }
    }

    /// Files the command writes besides `--output`, each with its option: none by default.
    var otherOutputs: [(option: String, path: String)] { [] }
}

extension ReturnOptions {
    /// `--ssda903`, `--cin`, `--local`, `--population` and `--postcodes`, each with its option.
    var paths: [(option: String, path: String)] {
        ssda903.map { ("--ssda903", $0) } + cin.map { ("--cin", $0) } + local.map { ("--local", $0) }
            + [population.map { ("--population", $0) }, postcodes.map { ("--postcodes", $0) }].compactMap { $0 }
    }
}

extension InputOptions {
    /// `--ssda903`, `--cin`, `--local`, `--population` and `--postcodes`, each with its option.
    var paths: [(option: String, path: String)] { files.paths }
}

extension ReferenceOptions {
    /// `--published` and `--neighbours`, when given.
    var paths: [(option: String, path: String)] {
        [published.map { ("--published", $0) }, neighbours.map { ("--neighbours", $0) }].compactMap { $0 }
    }
}

extension IndicatorsCommand {
    /// The returns, population and postcode files, `--breakdown-populations` and `--pseudonymise-key-file`.
    var inputPaths: [(option: String, path: String)] {
        inputs.paths + [breakdownPopulations.map { ("--breakdown-populations", $0) },
                        pseudonymiseKeyFile.map { ("--pseudonymise-key-file", $0) }].compactMap { $0 }
    }
}

extension ValidateCommand {
    /// The files being validated.
    var inputPaths: [(option: String, path: String)] { inputs.paths }
}

extension ReportCommand {
    /// The framework, the returns, population and postcode files, and the published figures and
    /// neighbour list. (The demonstration's bundled files are not writable paths the user names.)
    var inputPaths: [(option: String, path: String)] {
        [framework.map { ("--framework", $0) }].compactMap { $0 } + returns.paths + reference.paths
    }
}

extension ReportCommand {
    /// `--write-framework`, when given.
    var otherOutputs: [(option: String, path: String)] {
        [writeFramework.map { ("--write-framework", $0) }].compactMap { $0 }
    }
}

extension ScorecardCommand {
    /// The framework.
    var inputPaths: [(option: String, path: String)] { [("--framework", framework)] }
}

extension CompareCommand {
    /// The published figures and neighbour list, when given.
    var inputPaths: [(option: String, path: String)] { reference.paths }
}

extension GenerateCommand {
    /// The folder the returns are written to: a summary written inside it would replace a
    /// generated file or be read as a return by the next command given that folder.
    var inputPaths: [(option: String, path: String)] { [("--out", out)] }
}
