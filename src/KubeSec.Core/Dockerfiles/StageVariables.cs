using System;
using System.Collections.Generic;

namespace KubeSec.Dockerfiles;

/// <summary>
/// The variables an instruction can use, following BuildKit's scoping: a stage sees the ENVs of the
/// stage it is built on and its own ARGs and ENVs declared before the instruction; a global ARG is
/// visible inside a stage only after a bare <c>ARG NAME</c> re-declares it.
/// </summary>
internal static class StageVariables
{
    public static IReadOnlyDictionary<string, string?> Before(Dockerfile file, Instruction instruction)
    {
        if (instruction.StageIndex < 0 || instruction.StageIndex >= file.Stages.Count)
        {
            return file.GlobalArgDefaults;
        }

        var stage = file.Stages[instruction.StageIndex];
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        AddInherited(file, stage.BaseStage, variables);
        Add(file, stage, instruction.Index, variables, envOnly: false);
        return variables;
    }

    private static void AddInherited(Dockerfile file, Stage? stage, Dictionary<string, string?> variables)
    {
        // Stages only build on earlier stages, so the chain ends; walked without recursion, however long it is.
        var chain = new List<Stage>();
        for (; stage is not null; stage = stage.BaseStage)
        {
            chain.Add(stage);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            Add(file, chain[i], int.MaxValue, variables, envOnly: true);
        }
    }

    private static void Add(Dockerfile file, Stage stage, int beforeIndex, Dictionary<string, string?> variables, bool envOnly)
    {
        var args = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Index >= beforeIndex)
            {
                break;
            }

            if (instruction.Is(InstructionKeywords.Env))
            {
                foreach (var pair in KeyValueArguments.ParseEnv(instruction.Arguments, file.EscapeCharacter))
                {
                    variables[pair.Key] = Expand(pair.Value, variables, file.EscapeCharacter);
                    args.Remove(pair.Key);
                }
            }
            else if (!envOnly && instruction.Is(InstructionKeywords.Arg))
            {
                foreach (var pair in KeyValueArguments.ParseArg(instruction.Arguments, file.EscapeCharacter))
                {
                    file.GlobalArgDefaults.TryGetValue(pair.Key, out var global);
                    var value = pair.Value is null ? global : Expand(pair.Value, variables, file.EscapeCharacter);

                    // An ENV of the same name wins over the ARG.
                    if (!variables.ContainsKey(pair.Key) || args.ContainsKey(pair.Key))
                    {
                        variables[pair.Key] = value;
                        args[pair.Key] = value;
                    }
                }
            }
        }
    }

    internal static string? Expand(string? raw, IReadOnlyDictionary<string, string?> variables, char escape) =>
        raw is not null && VariableExpander.TryExpand(raw, variables, escape, out var value) ? value : null;
}
