using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using KubeSec.Dockerfiles;
using KubeSec.Model;
using KubeSec.Rules;
using KubeSec.Rules.Engine;
using KubeSec.Text;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Dockerfiles;

/// <summary>
/// Hostile Dockerfiles (issue 9): deep nesting, expansion bombs, quadratic shapes, secrets in
/// unparseable text. Each test is bounded by the runner's timeout, never by a timed assertion.
/// </summary>
public sealed class DockerfileHardeningTests
{
    private const int Timeout = 120_000;

    // ---- nesting: no recursion follows the input's depth ----

    [Fact(Timeout = Timeout)]
    public async Task Nested_defaults_in_from_are_reported_not_a_stack_overflow()
    {
        var text = "FROM alpine:" + Repeat("${A:-", 60000) + "x" + new string('}', 60000) + "\nUSER root\n";

        var file = await Task.Run(() => Parse(text));

        var finding = Single(file.Diagnostics, KS0006NestingTooDeep.Rule.Id);
        Assert.Equal(1, finding.Region.StartLine);
        Assert.Equal(6, finding.Region.StartColumn);
        Assert.Null(file.Stages[0].Image);
        Assert.Equal(2, file.Instructions.Count);
    }

    [Fact(Timeout = Timeout)]
    public async Task Nested_defaults_in_arg_and_env_are_reported_at_the_value_and_become_unknown()
    {
        var deep = Repeat("${A:-", 5000) + "x" + new string('}', 5000);
        var text = "FROM alpine:3.20\nARG B=" + deep + "\nENV C=" + deep + " D=ok\nUSER $B\n";

        var file = await Task.Run(() => Parse(text));

        var findings = file.Diagnostics.Where(d => d.RuleId == KS0006NestingTooDeep.Rule.Id).ToList();
        Assert.Equal(new[] { 2, 3 }, findings.Select(f => f.Region.StartLine));
        Assert.Equal(7, findings[0].Region.StartColumn);
        var variables = file.VariablesBefore(file.Instructions[3]);
        Assert.Null(variables["B"]);
        Assert.Null(variables["C"]);
        Assert.Equal("ok", variables["D"]);
    }

    [Fact]
    public void Nesting_up_to_the_limit_still_expands()
    {
        var depth = VariableExpander.MaxNesting;
        var text = Repeat("${A:-", depth) + "x" + new string('}', depth);

        var status = VariableExpander.Expand(text, new Dictionary<string, string?>(), '\\', null, out var expanded);

        Assert.Equal(ExpansionStatus.Expanded, status);
        Assert.Equal("x", expanded);
        Assert.Equal(ExpansionStatus.TooDeep, VariableExpander.Expand("${A:-" + text + "}", new Dictionary<string, string?>(), '\\', null, out _));
    }

    [Theory(Timeout = Timeout)]
    [InlineData("$(", ")")]
    [InlineData("${A:-", "}")]
    [InlineData("`echo \"", "\"`")]
    [InlineData("\"$(", ")\"")]
    [InlineData("(", ")")]
    public async Task Deep_shell_nesting_in_run_is_reported_and_the_rest_is_still_read(string open, string close)
    {
        var text = "FROM alpine:3.20\nRUN " + Repeat(open, 30000) + "x" + Repeat(close, 30000) + " && apt-get install curl\nUSER root\n";

        var file = await Task.Run(() =>
        {
            var parsed = Parse(text);
            _ = parsed.Instructions[1].ShellCommands.Count;
            return parsed;
        });

        var finding = Single(file.Diagnostics, KS0006NestingTooDeep.Rule.Id);
        Assert.Equal(2, finding.Region.StartLine);
        Assert.Equal(3, file.Instructions.Count);
        Assert.Contains(file.Instructions[1].ShellCommands, c => c.Name == "apt-get");
    }

    [Fact]
    public void Ordinary_shell_nesting_is_not_reported()
    {
        ParseClean("FROM alpine:3.20\nRUN echo \"$(date \"+%s\") ${A:-$(id -u)}\" `uname` && (cd /x && make)\n");
    }

    [Fact(Timeout = Timeout)]
    public async Task Deep_json_arrays_and_heredoc_shells_do_not_recurse()
    {
        var text = "FROM alpine:3.20\nCMD [\"a\", " + new string('[', 200000) + new string(']', 200000) + "]\n" +
            "RUN bash <<EOF\n" + Repeat("$(", 20000) + "\nEOF\nUSER root\n";

        var file = await Task.Run(() => Parse(text));

        Assert.Contains(file.Diagnostics, d => d.RuleId == KS0008DockerfileSyntaxError.Rule.Id && d.Region.StartLine == 2);
        Assert.Contains(file.Diagnostics, d => d.RuleId == KS0006NestingTooDeep.Rule.Id && d.Region.StartLine == 4);
        Assert.Equal("USER", file.Instructions[file.Instructions.Count - 1].Keyword);
    }

    // ---- expansion size: bounded before it is allocated ----

    [Theory(Timeout = Timeout)]
    [InlineData("")]
    [InlineData("FROM alpine:3.20\n")]
    public async Task Arg_doubling_chain_is_reported_once_and_allocates_little(string prefix)
    {
        var text = new StringBuilder(prefix).Append("ARG A0=xx\n");
        for (var i = 1; i <= 40; i++)
        {
            text.Append("ARG A").Append(i).Append("=$A").Append(i - 1).Append("$A").Append(i - 1).Append('\n');
        }

        text.Append(prefix.Length == 0 ? "FROM alpine:$A40\n" : string.Empty).Append("USER $A40\nUSER root\n");

        var (file, allocated) = await Task.Run(() => Allocating(() => Parse(text.ToString())));

        var finding = Single(file.Diagnostics, KS0011ExpansionTooLarge.Rule.Id);
        Assert.Equal((prefix.Length == 0 ? 0 : 1) + 21, finding.Region.StartLine);
        Assert.True(allocated < 256L * 1024 * 1024, "allocated " + allocated);
        Assert.Equal("root", StageUser.Of(file, file.FinalStage!).Name);
    }

    [Fact(Timeout = Timeout)]
    public async Task Many_large_values_exhaust_the_file_budget_and_are_reported_once()
    {
        var big = new string('x', 900_000);
        var text = "FROM alpine:3.20\nARG BIG=" + big + "\n" + string.Concat(Enumerable.Range(0, 40).Select(i => "ENV E" + i + "=$BIG\n")) + "USER app\n";

        var (file, allocated) = await Task.Run(() => Allocating(() => Parse(text)));

        var finding = Single(file.Diagnostics, KS0011ExpansionTooLarge.Rule.Id);
        Assert.InRange(finding.Region.StartLine, 3, 42);
        Assert.True(allocated < 512L * 1024 * 1024, "allocated " + allocated);
        Assert.Null(file.VariablesBefore(file.Instructions[file.Instructions.Count - 1])["E39"]);
    }

    [Fact]
    public void Expansion_is_checked_against_the_budget_before_it_is_made()
    {
        var variables = new Dictionary<string, string?> { ["A"] = new string('a', 1000) };
        var budget = new ExpansionBudget(1500);

        Assert.Equal(ExpansionStatus.Expanded, VariableExpander.Expand("$A", variables, '\\', budget, out _));
        Assert.Equal(ExpansionStatus.TooLarge, VariableExpander.Expand("$A", variables, '\\', budget, out var expanded));
        Assert.Equal(string.Empty, expanded);
        Assert.Equal(500, budget.Remaining);
    }

    // ---- scaling: allocation grows linearly, and each input is bounded by the runner ----

    public static IEnumerable<object[]> ScalingShapes() => new[]
    {
        new object[] { "one ENV with many pairs" },
        new object[] { "one ENV with many continued pairs" },
        new object[] { "one ENV with many self-references" },
        new object[] { "many ARG and USER lines" },
        new object[] { "many global ARG lines" },
        new object[] { "many chained stages" },
        new object[] { "many RUN pipes after a SHELL" },
        new object[] { "many ignore pragmas" },
        new object[] { "many COPY --from" },
    };

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(ScalingShapes))]
    public async Task Large_generated_inputs_scale_linearly(string shape)
    {
        const int n = 5000;

        var (small, large) = await Task.Run(() =>
        {
            // Warm up once so one-time costs (static tables, JIT) do not count for the small input.
            ScanAll(Generate(shape, 200));
            var first = Allocating(() => ScanAll(Generate(shape, n))).Allocated;
            var second = Allocating(() => ScanAll(Generate(shape, 4 * n))).Allocated;
            return (first, second);
        });

        // Linear growth is 4x; n log n a little more; quadratic would be 16x.
        Assert.True(large < small * 7, shape + ": " + small + " bytes at n, " + large + " at 4n");
    }

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(ScalingShapes))]
    public async Task Very_large_generated_inputs_finish_within_the_runner_bound(string shape)
    {
        // 100,000 of each: a quadratic stage takes minutes here (the self-referencing ENV took 110 s before).
        var findings = await Task.Run(() => ScanAll(Generate(shape, 100_000)));

        Assert.DoesNotContain(findings, f => f.RuleId == KS0000InternalError.Rule.Id);
    }

    // ---- messages never carry more than a short, sanitized prefix of the input ----

    [Fact]
    public void Credentials_file_read_as_dockerfile_does_not_reach_the_messages()
    {
        const string secret = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY";
        var text = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = " + secret + "\nAWS_SECRET_ACCESS_KEY=" + secret + "\n" + secret + "\n";

        var findings = ScanAll(text);

        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.DoesNotContain("AKIAIOSFODNN7", finding.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("wJalrXUtnFEMI", finding.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("EXAMPLEKEY", finding.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nRUNX\u001b[31m echo\n")]
    [InlineData("# escape=\u001b]0;pwned\u0007" + "0123456789012345678901234567890123456789\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20 AS \u202ebad\u001b[2J" + "0123456789012345678901234567890123456789\n")]
    [InlineData("FROM alpine:3.20\nRUN cat <<\"E\u001b[1mOF0123456789012345678901234567890123456789\"\n")]
    [InlineData("FROM alpine:3.20\nUSER root\u001b[2J\u0085\u2028" + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789\n")]
    public void Quoted_input_in_messages_is_short_and_has_no_control_characters(string text)
    {
        var findings = ScanAll(text);

        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            Assert.DoesNotContain(finding.Message, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202e');
            Assert.DoesNotContain("01234567890123456789012345678901234567890123456789012345678901234567890123456789", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_full_of_errors_reports_a_bounded_number_and_still_reads_the_rest()
    {
        var text = "FROM alpine:3.20\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => "secret" + i + "=x\n")) + "USER root\n";

        var file = Parse(text);

        var errors = file.Diagnostics.Where(d => d.RuleId == KS0008DockerfileSyntaxError.Rule.Id).ToList();
        Assert.Equal(101, errors.Count);
        Assert.Contains("more than 100 syntax problems", errors[100].Message, StringComparison.Ordinal);
        Assert.Equal("root", StageUser.Of(file, file.FinalStage!).Name);
    }

    [Fact]
    public void Message_text_quotes_a_sanitized_prefix()
    {
        Assert.Equal("'ab\\ncd\\u001B'", QuotedText.Quote("ab\ncd\u001b"));
        Assert.Equal("'" + new string('x', QuotedText.MaxQuoted) + "...'", QuotedText.Quote(new string('x', 100)));
        Assert.Equal("'\\u202E'", QuotedText.Quote("\u202e"));
    }

    // ---- exec form: BuildKit runs invalid JSON as a shell command (SHELL refuses it) ----

    [Theory]
    [InlineData("CMD [\"a\",]", 10)]
    [InlineData("CMD [\"a\" \"b\"]", 10)]
    [InlineData("CMD [a]", 6)]
    [InlineData("CMD [\"a\"] x", 11)]
    [InlineData("CMD [\"a", 8)]
    [InlineData("CMD ['a']", 6)]
    [InlineData("CMD [\"a\\q\"]", 8)]
    [InlineData("CMD [\"a\", \"b\"", 14)]
    [InlineData("CMD [\"a\", 012]", 12)]
    [InlineData("CMD [\"a\u0001\"]", 8)]
    [InlineData("ENTRYPOINT [\"a\",]", 17)]
    [InlineData("RUN [\"a\" \"b\"]", 10)]
    [InlineData("RUN [ \"apt-get\", \"install\"", 27)]
    [InlineData("SHELL [\"a\" \"b\"]", 12)]
    [InlineData("SHELL [ -x ]", 9)]
    [InlineData("COPY [\"a\" \"b\"]", 11)]
    public void Invalid_exec_form_json_is_reported_where_it_breaks(string instruction, int column)
    {
        var file = Parse("FROM alpine:3.20\n" + instruction + "\n");

        var finding = Single(file.Diagnostics, KS0008DockerfileSyntaxError.Rule.Id);
        Assert.Equal(2, finding.Region.StartLine);
        Assert.Equal(column, finding.Region.StartColumn);
        Assert.False(file.Instructions[1].IsJsonForm);
    }

    [Theory]
    [InlineData("RUN [ -f /etc/os-release ]")]
    [InlineData("RUN [ \"$A\" = \"b\" ] && echo a,b")]
    [InlineData("RUN [[ -n $A ]] && echo x")]
    [InlineData("COPY [ab]c.txt /d/")]
    [InlineData("CMD [\"a\", \"b\\u00e9\\n\"]")]
    [InlineData("CMD []")]
    public void Shell_text_and_valid_json_are_not_reported(string instruction)
    {
        ParseClean("FROM alpine:3.20\n" + instruction + "\n");
    }

    [Fact]
    public void Unknown_instruction_is_quoted_only_when_it_is_plainly_a_keyword()
    {
        var file = Parse("FROM alpine:3.20\nRUNN x\nFOO bar\nAKIAIOSFODNN7EXAMPLE x\nPASSWORDISLONGER x\n");

        var messages = file.Diagnostics.Select(d => d.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("Unknown instruction 'RUNN' on line 2: did you mean RUN?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Unknown instruction 'FOO' on line 3", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Line 4 does not start with an instruction keyword", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Line 5 does not start with an instruction keyword", StringComparison.Ordinal));
    }

    // ---- a file without text gets only its own finding ----

    [Theory]
    [InlineData("missing")]
    [InlineData("binary")]
    [InlineData("too large")]
    public void File_without_text_gets_only_its_own_problem(string kind)
    {
        using var files = new TestFiles();
        var path = Path.Combine(files.Root, "Dockerfile");
        if (kind == "binary")
        {
            File.WriteAllBytes(path, new byte[] { 0x46, 0x52, 0x00, 0x4D });
        }
        else if (kind == "too large")
        {
            File.WriteAllText(path, "FROM alpine:3.20\n" + new string('#', 2000) + "\n");
        }

        var source = SourceFile.Read(path, kind == "too large" ? 100 : SourceFile.DefaultMaxBytes);
        var file = DockerfileParser.Parse(source);
        var findings = RunAllRules(file, includeShellCheck: true);

        var only = Assert.Single(findings);
        Assert.Equal(KS0008DockerfileSyntaxError.Rule.Category, RuleCatalog.Default.Find(only.RuleId)!.Descriptor.Category);
        Assert.NotEqual(KS0008DockerfileSyntaxError.Rule.Id, only.RuleId);
        Assert.False(file.HasText);
    }

    // ---- helpers ----

    private static string Generate(string shape, int n)
    {
        var text = new StringBuilder();
        switch (shape)
        {
            case "one ENV with many pairs":
                text.Append("FROM alpine:3.20\nENV");
                for (var i = 0; i < n; i++)
                {
                    text.Append(" K").Append(i).Append("=V").Append(i);
                }

                text.Append("\nUSER $K1\n");
                break;
            case "one ENV with many continued pairs":
                text.Append("FROM alpine:3.20\nENV");
                for (var i = 0; i < n; i++)
                {
                    text.Append(" K").Append(i).Append("=\"V ").Append(i).Append("\" \\\n");
                }

                text.Append(" LAST=1\nUSER $K1\n");
                break;
            case "one ENV with many self-references":
                text.Append("FROM alpine:3.20\nENV K0=x");
                for (var i = 1; i < n; i++)
                {
                    text.Append(" K").Append(i).Append("=$K").Append(i - 1).Append('y');
                }

                text.Append('\n');
                break;
            case "many ARG and USER lines":
                text.Append("FROM alpine:3.20\n");
                for (var i = 0; i < n; i++)
                {
                    text.Append("ARG A").Append(i).Append("=u").Append(i).Append("\nUSER $A").Append(i).Append('\n');
                }

                break;
            case "many global ARG lines":
                for (var i = 0; i < n; i++)
                {
                    text.Append("ARG G").Append(i).Append("=${G").Append(i == 0 ? 0 : i - 1).Append(":-alpine}\n");
                }

                text.Append("FROM $G").Append(n - 1).Append(":3.20\n");
                break;
            case "many chained stages":
                text.Append("FROM alpine:3.20 AS s0\n");
                for (var i = 1; i < n; i++)
                {
                    text.Append("FROM s").Append(i - 1).Append(" AS s").Append(i).Append("\nENV E").Append(i).Append("=1\nRUN apt-get update | tee x\nCOPY a b\n");
                }

                text.Append("USER $E1\n");
                break;
            case "many RUN pipes after a SHELL":
                text.Append("FROM alpine:3.20\nSHELL [\"/bin/sh\", \"-c\"]\n");
                for (var i = 0; i < n; i++)
                {
                    text.Append("RUN echo ").Append(i).Append(" | pip install x\n");
                }

                break;
            case "many ignore pragmas":
                text.Append("FROM alpine:3.20\n");
                for (var i = 0; i < n; i++)
                {
                    text.Append("# kubesec ignore=KS7005 reason\nRUN sudo echo ").Append(i).Append('\n');
                }

                break;
            case "many COPY --from":
                for (var i = 0; i < n; i++)
                {
                    text.Append("FROM alpine:3.20 AS s").Append(i).Append("\nCOPY --from=s").Append(i / 2).Append(" /a /b/\n");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, null);
        }

        return text.ToString();
    }

    /// <summary>Parses and runs every Dockerfile rule but ShellCheck (an external process), inline ignores applied.</summary>
    private static IReadOnlyList<Finding> ScanAll(string text)
    {
        var file = Parse(text);
        return InlineIgnores.Apply(text, file, RunAllRules(file), RuleCatalog.Default.All.Select(r => r.Descriptor));
    }

    private static IReadOnlyList<Finding> RunAllRules(Dockerfile file, bool includeShellCheck = false)
    {
        var sink = new FindingSink(file.Path);
        foreach (var rule in RuleCatalog.Default.DockerfileRules)
        {
            if (includeShellCheck || rule.Descriptor.Id != "KS7190")
            {
                rule.Check(file, sink);
            }
        }

        foreach (var instruction in file.Instructions)
        {
            _ = instruction.ShellCommands.Count;
            _ = instruction.Words.Count;
        }

        return file.Diagnostics.Concat(sink.Findings).ToList();
    }

    private static (T Result, long Allocated) Allocating<T>(Func<T> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
