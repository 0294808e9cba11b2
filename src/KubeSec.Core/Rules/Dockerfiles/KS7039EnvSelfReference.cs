using KubeSec.Text;
using System;
using System.Collections.Generic;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

using KubeSec.Dockerfiles;

public sealed class KS7039EnvSelfReference : DockerfileRule
{
    public static readonly RuleDescriptor Rule = new("KS7039", "EnvSelfReference", "ENV refers to a variable set in the same ENV", Severity.Medium, RuleCategory.Dockerfile)
    {
        Description = "One ENV instruction sets a variable and, in a later pair of the same instruction, refers to it (ENV A=/opt B=$A/bin). Docker expands every value of an ENV with the variables as they were before the instruction, so B gets the old (usually empty) value of A, not /opt. A reference to a variable that already existed before the instruction (ENV PATH=/x:$PATH) is fine and is not reported.",
        Fix = "Split it into two ENV instructions: ENV A=/opt, then ENV B=$A/bin.",
        Equivalents = new[] { "hadolint:DL3044" },
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(Dockerfile dockerfile, FindingSink sink)
    {
        foreach (var env in dockerfile.Instructions)
        {
            if (!env.Is(InstructionKeywords.Env) || env.Arguments.IndexOf('$') < 0)
            {
                continue;
            }

            // A set, and each value's references read once: one ENV with 100,000 pairs stays linear.
            IReadOnlyDictionary<string, string?>? before = null;
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, value, region) in DockerfileFacts.Variables(dockerfile, env))
            {
                if (value is not null)
                {
                    foreach (var earlier in References(value))
                    {
                        if (earlier != name && defined.Contains(earlier))
                        {
                            before ??= dockerfile.VariablesBefore(env);
                            if (!before.ContainsKey(earlier))
                            {
                                sink.Report(Rule, region, env.LogicalPath + "/" + name,
                                    "ENV on line " + DockerfileFacts.Line(region.StartLine) + " sets " + QuotedText.Value(name) + " from $" + QuotedText.Value(earlier) + ", which the same ENV defines, so it sees the value from before this instruction (empty): move " + QuotedText.Value(name) + " to a separate ENV after it.");
                                break;
                            }
                        }
                    }
                }

                defined.Add(name);
            }
        }
    }

    /// <summary>The names a value refers to as <c>$NAME</c> or <c>${NAME...}</c>, in order.</summary>
    private static IEnumerable<string> References(string value)
    {
        var at = 0;
        while ((at = value.IndexOf('$', at)) >= 0)
        {
            at++;
            var braced = at < value.Length && value[at] == '{';
            var start = braced ? at + 1 : at;
            var end = start;
            while (end < value.Length && (char.IsLetterOrDigit(value[end]) || value[end] == '_'))
            {
                end++;
            }

            if (end > start)
            {
                yield return value.Substring(start, end - start);
            }
        }
    }
}
