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

        var global = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var local = new List<(int StartLine, int EndLine, HashSet<string> Ids)>();
        foreach (var pragma in pragmas)
        {
            if (pragma.IsGlobal)
            {
                global.UnionWith(pragma.RuleIds);
            }
            else if (NextInstruction(dockerfile, pragma.Line) is { } instruction && OnlyCommentsBetween(text, pragma.Line, instruction.StartLine))
            {
                local.Add((instruction.StartLine, instruction.Region.EndLine, pragma.RuleIds));
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

    private static bool IsSilenced(List<(int StartLine, int EndLine, HashSet<string> Ids)> local, Finding finding)
    {
        foreach (var (start, end, ids) in local)
        {
            if (finding.Region.StartLine >= start && finding.Region.StartLine <= end && ids.Contains(finding.RuleId))
            {
                return true;
            }
        }

        return false;
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

    private static Instruction? NextInstruction(Dockerfile dockerfile, int line)
    {
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction.StartLine > line)
            {
                return instruction;
            }
        }

        return null;
    }

    /// <summary>Only blank and comment lines (other pragmas) between the pragma and the instruction.</summary>
    private static bool OnlyCommentsBetween(string text, int pragmaLine, int instructionLine)
    {
        var line = 1;
        var start = 0;
        while (start < text.Length && line < instructionLine)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (line > pragmaLine)
            {
                var content = text.Substring(start, end - start).Trim();
                if (content.Length > 0 && !content.StartsWith("#", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            start = end + 1;
            line++;
        }

        return true;
    }
}
