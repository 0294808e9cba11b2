using System.Linq;
using KubeSec.Scanning;

namespace KubeSec.Tests.Dockerfiles;

public sealed class InlineIgnoresTests
{
    private static string[] Ids(string text) =>
        new Scanner(new ScanOptions { IncludeOptInRules = true, Parallelism = 1 }).ScanDockerfileText("Dockerfile", text)
            .Select(f => f.RuleId + "@" + f.Region.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private const string Head = "FROM debian:12\nHEALTHCHECK NONE\nUSER app\n";

    [Fact]
    public void Kubesec_ignore_silences_the_next_instruction_only()
    {
        var ids = Ids(Head + "# kubesec ignore=KS7021 legacy label kept for the registry UI\nMAINTAINER a@b.c\nMAINTAINER d@e.f\n");

        Assert.DoesNotContain("KS7021@5", ids);
        Assert.Contains("KS7021@6", ids);
    }

    [Fact]
    public void Ignore_covers_every_line_of_a_continued_instruction_and_stacks_over_comment_lines()
    {
        var ids = Ids(Head + "# kubesec ignore=KS7005 base image has no other way\n# hadolint ignore=DL3020\nRUN apt-get update && \\\n    sudo make\n");

        Assert.DoesNotContain(ids, id => id.StartsWith("KS7005", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Hadolint_codes_map_to_every_equivalent_rule()
    {
        var ids = Ids(Head + "# hadolint ignore=DL3004,DL3008\nRUN sudo make\n");

        Assert.DoesNotContain(ids, id => id.StartsWith("KS7005", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Global_ignores_apply_to_the_whole_file_wherever_they_are()
    {
        var text = "FROM debian:12\nUSER app\nMAINTAINER a@b.c\n# kubesec global ignore=KS7018\n# hadolint global ignore=DL4000\n";

        var ids = Ids(text);

        Assert.DoesNotContain(ids, id => id.StartsWith("KS7018", System.StringComparison.Ordinal) || id.StartsWith("KS7021", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_pragma_separated_from_the_instruction_by_another_instruction_does_nothing_and_other_comments_are_not_pragmas()
    {
        var ids = Ids(Head + "# kubesec ignore=KS7021\nLABEL a=b\nMAINTAINER a@b.c\n# ignore=KS7021\nMAINTAINER d@e.f\n");

        Assert.Contains("KS7021@6", ids);
        Assert.Contains("KS7021@8", ids);
    }
}
