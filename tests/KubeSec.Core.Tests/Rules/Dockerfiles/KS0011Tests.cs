using System.Linq;
using System.Text;
using KubeSec.Dockerfiles;
using KubeSec.Rules.Engine;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

namespace KubeSec.Tests.Rules.Dockerfiles;

public sealed class KS0011Tests
{
    private static string Chain(string prefix, int length, string suffix)
    {
        var text = new StringBuilder(prefix).Append("ARG A0=xx\n");
        for (var i = 1; i <= length; i++)
        {
            text.Append("ARG A").Append(i).Append("=$A").Append(i - 1).Append("$A").Append(i - 1).Append('\n');
        }

        return text.Append(suffix).ToString();
    }

    [Fact]
    public void Fires_once_at_the_first_value_over_the_limit_and_names_the_fix()
    {
        var file = Parse(Chain("FROM alpine:3.20\n", 40, "USER $A40\n"));

        var finding = Single(file.Diagnostics, KS0011ExpansionTooLarge.Rule.Id);
        Assert.Equal(At(22, 9, 22, 17), finding.Region);
        Assert.StartsWith("The value of 'A20' in ARG on line 22 expands to more than 1048576 characters", finding.Message, System.StringComparison.Ordinal);
        Assert.EndsWith("do not build values by repeating other variables.", finding.Message, System.StringComparison.Ordinal);
        var variables = file.VariablesBefore(file.Instructions[file.Instructions.Count - 1]);
        Assert.Equal(1 << 20, variables["A19"]!.Length);
        Assert.Null(variables["A20"]);
        Assert.Null(variables["A40"]);
    }

    [Fact]
    public void Global_args_and_the_from_line_are_bounded_too()
    {
        var file = Parse(Chain(string.Empty, 40, "FROM alpine:$A40\nUSER root\n"));

        Assert.Equal(21, Single(file.Diagnostics, KS0011ExpansionTooLarge.Rule.Id).Region.StartLine);
        Assert.Null(file.Stages[0].Image);
        Assert.Null(file.GlobalArgDefaults["A40"]);
    }

    [Fact]
    public void Passes_a_chain_that_stays_within_the_limit()
    {
        var file = ParseClean(Chain("FROM alpine:3.20\n", 10, "USER $A10\n"));

        Assert.Equal(2048, StageUser.Of(file, file.FinalStage!).Name!.Length);
    }

    [Fact]
    public void Can_be_silenced_with_an_inline_ignore()
    {
        var text = Chain("FROM alpine:3.20\n", 19, "# kubesec ignore=KS0011 generated\nARG A20=$A19$A19\n");
        var file = Parse(text);

        var kept = InlineIgnores.Apply(text, file, file.Diagnostics, KubeSec.Rules.RuleCatalog.Default.All.Select(r => r.Descriptor));

        Assert.Contains(file.Diagnostics, d => d.RuleId == KS0011ExpansionTooLarge.Rule.Id);
        Assert.DoesNotContain(kept, d => d.RuleId == KS0011ExpansionTooLarge.Rule.Id);
    }

    [Fact]
    public void Describes_itself_as_an_engine_rule()
    {
        Assert.Equal("KS0011", KS0011ExpansionTooLarge.Rule.Id);
        Assert.Equal(KubeSec.Model.Severity.High, KS0011ExpansionTooLarge.Rule.DefaultSeverity);
        Assert.NotNull(KubeSec.Rules.RuleCatalog.Default.Find("KS0011"));
    }
}
