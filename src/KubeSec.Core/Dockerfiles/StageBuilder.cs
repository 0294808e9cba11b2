using KubeSec.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using KubeSec.Model;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Groups instructions into stages, checks FROM lines as BuildKit does, collects global ARGs,
/// resolves each base image (an earlier stage or an image reference) and names every instruction.
/// </summary>
internal static class StageBuilder
{
    public static Dockerfile Build(string path, int lineCount, List<ParserDirective> directives, char escape, List<Instruction> instructions, SyntaxErrors errors, bool hasText)
    {
        var stages = new List<Stage>();
        var globalArgs = new List<Instruction>();
        var globalDefaults = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stageInstructions = new List<Instruction>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
        var expansions = new Expansions(errors, escape);
        Stage? current = null;
        foreach (var instruction in instructions)
        {
            if (instruction.Is(InstructionKeywords.From))
            {
                Finish(current, stageInstructions);
                counts.Clear();
                current = CreateStage(stages.Count, byAlias, instruction, globalDefaults, expansions, errors);
                stages.Add(current);
                if (current.Alias is not null && !byAlias.ContainsKey(current.Alias))
                {
                    byAlias.Add(current.Alias, current);
                }

                instruction.StageIndex = current.Index;
                instruction.LogicalPath = "stage[" + current.Label + "]/FROM";
                continue;
            }

            instruction.LogicalPath = (current is null ? "global/" : "stage[" + current.Label + "]/") + instruction.Keyword + "#" + Next(counts, instruction.Keyword);
            if (current is not null)
            {
                instruction.StageIndex = current.Index;
                stageInstructions.Add(instruction);
            }
            else if (instruction.Is(InstructionKeywords.Arg))
            {
                globalArgs.Add(instruction);
                // Unlike a stage's ARG, each global pair sees the ones before it (BuildKit's meta args).
                foreach (var pair in KeyValueArguments.ParseArgSpans(instruction.Arguments, escape))
                {
                    globalDefaults[pair.Key] = expansions.Expand(instruction, pair, globalDefaults);
                }
            }
            else if (instruction.IsKnown)
            {
                errors.Report(instruction.KeywordRegion, instruction.Keyword + " on line " + SyntaxErrors.Line(instruction.StartLine) + " comes before the first FROM, where only ARG is allowed: move it below a FROM line.");
            }
        }

        Finish(current, stageInstructions);
        if (stages.Count > 0)
        {
            stages[stages.Count - 1].IsFinal = true;
        }
        else if (hasText)
        {
            var region = instructions.Count > 0 ? instructions[0].KeywordRegion : SourceRegion.FileStart;
            errors.Report(region, "The Dockerfile has no FROM instruction, so there is nothing to build: start it with FROM <image>:<tag> (after any global ARG lines).");
        }

        var variables = StageVariables.Compute(instructions.Count, stages, globalDefaults, escape, expansions);
        return new Dockerfile(path, lineCount, directives, escape, instructions, globalArgs, stages, globalDefaults, variables, errors.Sink.Findings, hasText);
    }

    private static void Finish(Stage? stage, List<Instruction> instructions)
    {
        if (stage is not null)
        {
            stage.Instructions = instructions.ToArray();
        }

        instructions.Clear();
    }

    private static string Next(Dictionary<string, int> counts, string keyword)
    {
        counts.TryGetValue(keyword, out var count);
        counts[keyword] = ++count;
        return count.ToString(CultureInfo.InvariantCulture);
    }

    private static Stage CreateStage(int index, Dictionary<string, Stage> earlier, Instruction from, Dictionary<string, string?> globalDefaults, Expansions expansions, SyntaxErrors errors)
    {
        var words = from.Words;
        var line = SyntaxErrors.Line(from.StartLine);
        string? alias = null;
        SourceRegion? aliasRegion = null;
        if (words.Count == 0)
        {
            errors.Report(from.KeywordRegion, "FROM on line " + line + " names no base image: write FROM <image>:<tag>, or FROM scratch for an empty image.");
        }
        else if (words.Count == 3 && string.Equals(words[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            alias = words[2].Value;
            aliasRegion = from.RegionOf(words[2]);
            if (!IsValidStageName(alias))
            {
                errors.Report(aliasRegion.Value, "Stage name " + QuotedText.Quote(alias) + " on line " + line + " is not valid: start it with a letter and use only letters, digits, '-', '_' and '.'.");
            }
        }
        else if (words.Count == 2 && string.Equals(words[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            errors.Report(from.RegionOf(words[1]), "FROM on line " + line + " has 'AS' without a stage name: add the name after AS, or remove AS.");
        }
        else if (words.Count > 1)
        {
            var extra = from.RegionOf(words[1].Start, from.Arguments.Length - words[1].Start);
            errors.Report(extra, HasTrailingComment(words)
                ? "FROM on line " + line + " has a trailing comment, which Docker reads as more arguments: move the '#' comment to its own line above."
                : "FROM on line " + line + " takes one image and an optional 'AS <name>', but has " + words.Count.ToString(CultureInfo.InvariantCulture) + " words: remove the extra words or write 'AS <name>'.");
        }

        var image = words.Count > 0 ? words[0] : default;
        var stage = new Stage(
            index,
            from,
            words.Count > 0 ? image.Value : string.Empty,
            words.Count > 0 ? from.RegionOf(image) : from.KeywordRegion,
            alias,
            aliasRegion);
        Resolve(stage, earlier, globalDefaults, expansions, words.Count > 0 ? image.Start : 0);
        return stage;
    }

    /// <summary>Global ARGs are expanded first, as BuildKit does, so <c>FROM ${BASE}</c> may name a stage.</summary>
    private static void Resolve(Stage stage, Dictionary<string, Stage> earlier, Dictionary<string, string?> globalDefaults, Expansions expansions, int imageStart)
    {
        if (stage.BaseImage.Length == 0 || expansions.Expand(stage.From, stage.BaseImage, imageStart, globalDefaults) is not { } expanded)
        {
            return;
        }

        if (earlier.TryGetValue(expanded, out var baseStage))
        {
            stage.BaseStage = baseStage;
            stage.RootImage = baseStage.RootImage;
            return;
        }

        stage.Image = ImageReference.TryParse(expanded);
        stage.RootImage = stage.Image;
    }

    private static bool HasTrailingComment(IReadOnlyList<ArgumentToken> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Value.StartsWith("#", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>BuildKit lower-cases stage names, then requires <c>^[a-z][a-z0-9-_.]*$</c>.</summary>
    private static bool IsValidStageName(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.Length == 0 || lower[0] < 'a' || lower[0] > 'z')
        {
            return false;
        }

        foreach (var c in lower)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
