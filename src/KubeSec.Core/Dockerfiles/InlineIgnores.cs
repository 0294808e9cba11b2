using System;
using System.Collections.Generic;
using KubeSec.Model;
using KubeSec.Rules;

namespace KubeSec.Dockerfiles;

/// <summary>
/// Inline suppression comments in a Dockerfile:
/// <c># kubesec ignore=KS7001,KS7003 reason</c> on the line(s) just before an instruction silences those
/// rules for that instruction; <c># kubesec global ignore=KS7018 reason</c> anywhere silences them for the
/// whole file. hadolint's <c># hadolint ignore=DL3008,DL3015</c> and <c># hadolint global ignore=...</c>
/// are honoured too, each hadolint code mapped to every KubeSec rule that declares it as an equivalent
/// (<c>hadolint:DL3008</c>). The reason is optional, as in hadolint, so existing Dockerfiles keep working;
/// write one anyway, since it is what a reviewer reads.
/// </summary>
public static class InlineIgnores
{
    private static readonly object Gate = new();
    private static Dictionary<string, List<string>>? _hadolintMap;

    /// <summary>The findings that no ignore comment silences, in their original order.</summary>
    public static IReadOnlyList<Finding> Apply(string? text, Dockerfile dockerfile, IReadOnlyList<Finding> findings, IEnumerable<RuleDescriptor> rules)
    {
        if (string.IsNullOrEmpty(text) || findings.Count == 0 || text!.IndexOf("ignore", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return findings;
        }

        var pragmas = Read(text, rules);
        if (pragmas.Count == 0)
        {
            return findings;
        }

        // Every look-up below is a binary search or an array read: a file with a pragma before each
        // of 100,000 instructions costs n log n, not a rescan of the file per pragma.
        var global = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var codeLinesUpTo = CodeLinesUpTo(text);
        var local = new SortedList<int, (int EndLine, HashSet<string> Ids)>();
        foreach (var pragma in pragmas)
        {
            if (pragma.IsGlobal)
            {
                global.UnionWith(pragma.RuleIds);
            }
            else if (NextInstruction(dockerfile, pragma.Line) is { } instruction && OnlyCommentsBetween(codeLinesUpTo, pragma.Line, instruction.StartLine))
            {
                if (local.TryGetValue(instruction.StartLine, out var existing))
                {
                    existing.Ids.UnionWith(pragma.RuleIds);
                }
                else
                {
                    local.Add(instruction.StartLine, (instruction.Region.EndLine, new HashSet<string>(pragma.RuleIds, StringComparer.OrdinalIgnoreCase)));
                }
            }
        }

        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (global.Contains(finding.RuleId) || IsSilenced(local, finding))
            {
                continue;
            }

            kept.Add(finding);
        }

        return kept;
    }

    /// <summary>Instructions never share a line, so the one that can cover a finding is the last that starts at or before it.</summary>
    private static bool IsSilenced(SortedList<int, (int EndLine, HashSet<string> Ids)> local, Finding finding)
    {
        var starts = local.Keys;
        var line = finding.Region.StartLine;
        int low = 0, high = starts.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (starts[middle] <= line)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (found < 0)
        {
            return false;
        }

        var (end, ids) = local.Values[found];
        return line <= end && ids.Contains(finding.RuleId);
    }

    private sealed class Pragma
    {
        public Pragma(int line, bool isGlobal, HashSet<string> ruleIds)
        {
            Line = line;
            IsGlobal = isGlobal;
            RuleIds = ruleIds;
        }

        public int Line { get; }

        public bool IsGlobal { get; }

        public HashSet<string> RuleIds { get; }
    }

    private static List<Pragma> Read(string text, IEnumerable<RuleDescriptor> rules)
    {
        var pragmas = new List<Pragma>();
        var line = 0;
        var start = 0;
        while (start <= text.Length)
        {
            line++;
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var content = text.Substring(start, end - start).Trim();
            if (content.StartsWith("#", StringComparison.Ordinal) && TryParse(content.Substring(1), rules) is { } parsed)
            {
                pragmas.Add(new Pragma(line, parsed.IsGlobal, parsed.Ids));
            }

            start = end + 1;
        }

        return pragmas;
    }

    /// <summary><c>kubesec [global] ignore=A,B reason</c> or <c>hadolint [global] ignore=DL1,DL2</c>.</summary>
    private static (bool IsGlobal, HashSet<string> Ids)? TryParse(string comment, IEnumerable<RuleDescriptor> rules)
    {
        var words = comment.Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var tool = words[0].ToLowerInvariant();
        if (tool is not ("kubesec" or "hadolint"))
        {
            return null;
        }

        var i = 1;
        var isGlobal = false;
        if (string.Equals(words[i], "global", StringComparison.OrdinalIgnoreCase))
        {
            isGlobal = true;
            i++;
        }

        if (i >= words.Length || !words[i].StartsWith("ignore=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in words[i].Substring("ignore=".Length).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var id = code.Trim();
            if (tool == "kubesec")
            {
                ids.Add(id);
            }
            else if (HadolintMap(rules).TryGetValue(id.ToUpperInvariant(), out var ours))
            {
                ids.UnionWith(ours);
            }
        }

        return ids.Count == 0 ? null : (isGlobal, ids);
    }

    private static Dictionary<string, List<string>> HadolintMap(IEnumerable<RuleDescriptor> rules)
    {
        lock (Gate)
        {
            if (_hadolintMap is not null)
            {
                return _hadolintMap;
            }

            var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                foreach (var equivalent in rule.Equivalents)
                {
                    if (equivalent.StartsWith("hadolint:", StringComparison.Ordinal))
                    {
                        var code = equivalent.Substring("hadolint:".Length).ToUpperInvariant();
                        if (!map.TryGetValue(code, out var list))
                        {
                            map[code] = list = new List<string>();
                        }

                        list.Add(rule.Id);
                    }
                }
            }

            return _hadolintMap = map;
        }
    }

    /// <summary>The first instruction that starts after the line (instructions are in file order).</summary>
    private static Instruction? NextInstruction(Dockerfile dockerfile, int line)
    {
        var instructions = dockerfile.Instructions;
        int low = 0, high = instructions.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (instructions[middle].StartLine > line)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < instructions.Count ? instructions[low] : null;
    }

    /// <summary>For each 1-based line k, how many of lines 1..k hold something other than blanks or a comment.</summary>
    private static int[] CodeLinesUpTo(string text)
    {
        var counts = new List<int> { 0 };
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            var isCode = first < end && text[first] != '#';
            counts.Add(counts[counts.Count - 1] + (isCode ? 1 : 0));
            start = end + 1;
        }

        return counts.ToArray();
    }

    /// <summary>Only blank and comment lines (other pragmas) between the pragma and the instruction.</summary>
    private static bool OnlyCommentsBetween(int[] codeLinesUpTo, int pragmaLine, int instructionLine)
    {
        var last = Math.Min(instructionLine - 1, codeLinesUpTo.Length - 1);
        return last <= pragmaLine || codeLinesUpTo[last] - codeLinesUpTo[pragmaLine] == 0;
    }
}
