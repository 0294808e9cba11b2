using KubeSec.Reporting;

namespace KubeSec.Tests.Reporting;

/// <summary>One escaping function per medium, each tested on the hostile values of its medium.</summary>
public sealed class LogTextTests
{
    [Theory]
    [InlineData("plain text: (a, b) #1", "plain text: (a, b) #1")]
    [InlineData("c\n::error file=Program.cs,line=1::pwned", "c\\n::error file=Program.cs,line=1::pwned")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("red \u001b[31m", "red \\u001b[31m")]
    [InlineData("csi \u009b31m nel \u0085 ls \u2028 ps \u2029 vt \v ff \f del \u007f", "csi \\u009b31m nel \\u0085 ls \\u2028 ps \\u2029 vt \\u000b ff \\u000c del \\u007f")]
    [InlineData("bidi \u202e reversed \u2066", "bidi \\u202e reversed \\u2066")]
    [InlineData("tab\tstays", "tab\tstays")]
    [InlineData("x ##vso[task.complete result=Failed]", "x #\\u0023vso[task.complete result=Failed]")]
    [InlineData("x ##VSO[task.setvariable]", "x #\\u0023VSO[task.setvariable]")]
    [InlineData("##[error]fake", "#\\u0023[error]fake")]
    [InlineData("::error::at the start", "\\u003a:error::at the start")]
    [InlineData("  ::warning::after blanks", "  \\u003a:warning::after blanks")]
    [InlineData("mid :: line is fine", "mid :: line is fine")]
    [InlineData("a.yaml(1,1): error CS0001: fake", "a.yaml(1,1)\\u003a error CS0001: fake")]
    [InlineData("x(12,3,4,5): warning", "x(12,3,4,5)\\u003a warning")]
    [InlineData("(CIS 4.2.5): ok and (): ok", "(CIS 4.2.5): ok and (): ok")]
    [InlineData("C:\\Program Files (x86)\\app\\Dockerfile", "C:\\Program Files (x86)\\app\\Dockerfile")]
    public void Terminal_and_msbuild_text_can_never_start_a_line_or_a_command(string value, string expected)
    {
        Assert.Equal(expected, LogText.ForTerminal(value));
        Assert.Equal(expected, LogText.ForMsBuild(value));
    }

    [Fact]
    public void Escaped_text_has_no_control_character_at_all()
    {
        var everything = new string(System.Linq.Enumerable.Range(0, 0x3000).Select(i => (char)i).ToArray());

        var escaped = LogText.ForTerminal(everything);

        Assert.DoesNotContain(escaped, c => (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c is '\u2028' or '\u2029' or '\u202e');
        Assert.DoesNotContain("##vso[", escaped, System.StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Empty, LogText.ForTerminal(null));
    }

    [Fact]
    public void Github_command_data_and_properties_are_percent_encoded()
    {
        Assert.Equal("100%25 done%0D%0A::error::x", LogText.ForGitHubCommand("100% done\r\n::error::x"));
        Assert.Equal("a%3Ab%2Cc%25%0A", LogText.ForGitHubCommandProperty("a:b,c%\n"));
        Assert.Equal("deploy/api.yaml", LogText.ForGitHubCommandProperty("deploy/api.yaml"));
    }

    [Fact]
    public void Azure_command_values_are_escaped_as_the_agent_reads_them()
    {
        Assert.Equal("a%3Bb%5D c%AZP25%0D%0A##vso[x", LogText.ForAzureCommand("a;b] c%\r\n##vso[x"));
        Assert.Equal(string.Empty, LogText.ForAzureCommand(null));
    }
}
