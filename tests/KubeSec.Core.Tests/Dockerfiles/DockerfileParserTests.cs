using System;
using System.IO;
using System.Linq;
using KubeSec.Dockerfiles;
using KubeSec.Rules.Engine;
using KubeSec.Text;
using static KubeSec.Tests.Dockerfiles.DockerfileAssert;

using KubeSec.Model;

namespace KubeSec.Tests.Dockerfiles;

public sealed class DockerfileParserTests
{
    private const string MultiStage =
        "# syntax=docker/dockerfile:1.7\n" +
        "ARG DOTNET=8.0\n" +
        "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET} AS build\n" +
        "WORKDIR /src\n" +
        "RUN dotnet publish -c Release -o /app\n" +
        "FROM build AS test\n" +
        "RUN dotnet test\n" +
        "FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET}-alpine AS runtime\n" +
        "COPY --from=build /app /app\n" +
        "USER $APP_UID\n" +
        "ENTRYPOINT [\"dotnet\", \"/app/api.dll\"]\n";

    [Fact]
    public void Multi_stage_file_has_stages_aliases_and_a_final_stage()
    {
        var file = ParseClean(MultiStage);

        Assert.Equal(10, file.Instructions.Count);
        Assert.Equal("docker/dockerfile:1.7", file.Syntax);
        Assert.Single(file.GlobalArgs);
        Assert.Equal("8.0", file.GlobalArgDefaults["DOTNET"]);
        Assert.Equal(new[] { "build", "test", "runtime" }, file.Stages.Select(s => s.Alias));
        Assert.Same(file.Stages[2], file.FinalStage);
        Assert.True(file.Stages[2].IsFinal);
        Assert.False(file.Stages[0].IsFinal);
        Assert.Same(file.Stages[0], file.Stages[1].BaseStage);
        Assert.Null(file.Stages[1].Image);
        Assert.Equal(new[] { "WORKDIR", "RUN" }, file.Stages[0].Instructions.Select(i => i.Keyword));
        Assert.Equal(-1, file.Instructions[0].StageIndex);
        Assert.Equal(2, file.Instructions[9].StageIndex);
        Assert.Equal("stage[build]/RUN#1", file.Instructions[3].LogicalPath);
        Assert.Equal("global/ARG#1", file.Instructions[0].LogicalPath);
        Assert.Same(file.Stages[0], file.FindStage("BUILD"));
        Assert.Same(file.Stages[2], file.FindStage("2"));
        Assert.Null(file.FindStage("alpine"));
    }

    [Fact]
    public void From_reads_platform_flag_image_region_and_expands_global_args()
    {
        var file = ParseClean(MultiStage);
        var build = file.Stages[0];

        Assert.Equal("$BUILDPLATFORM", build.Platform);
        Assert.Equal(At(3, 6, 3, 31), build.From.Flags[0].Region);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:${DOTNET}", build.BaseImage);
        Assert.Equal(At(3, 32, 3, 70), build.BaseImageRegion);
        Assert.Equal(At(3, 74, 3, 79), build.AliasRegion);
        Assert.Equal("mcr.microsoft.com", build.Image!.Registry);
        Assert.Equal("dotnet/sdk", build.Image.Repository);
        Assert.Equal("8.0", build.Image.Tag);
        Assert.Equal("8.0-alpine", file.Stages[2].Image!.Tag);
    }

    [Fact]
    public void Exec_form_items_are_decoded_with_their_regions()
    {
        var entrypoint = ParseClean(MultiStage).Instructions[9];

        Assert.True(entrypoint.IsJsonForm);
        Assert.Equal(new[] { "dotnet", "/app/api.dll" }, entrypoint.JsonItems.Select(i => i.Value));
        Assert.Equal(At(11, 23, 11, 37), entrypoint.RegionOf(entrypoint.JsonItems[1]));
        Assert.Equal(At(11, 1, 11, 38), entrypoint.Region);
    }

    [Fact]
    public void Continuations_join_lines_and_words_keep_their_own_line()
    {
        var file = ParseClean("FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl\n");
        var run = file.Instructions[1];

        Assert.Equal("apt-get update &&     apt-get install -y       curl", run.Arguments);
        Assert.Equal(At(2, 1, 4, 11), run.Region);
        var install = run.ShellCommands[1];
        Assert.Equal(new[] { "apt-get", "install", "-y", "curl" }, install.Words.Select(w => w.Value));
        Assert.Equal(At(3, 13, 3, 20), install.Words[1].Region);
        Assert.Equal(At(4, 7, 4, 11), install.Words[3].Region);
        Assert.Equal(ShellSeparator.And, install.PrecededBy);
        Assert.Equal(At(3, 5, 4, 11), install.Region);
    }

    [Fact]
    public void Comment_and_blank_lines_inside_a_continuation_are_skipped()
    {
        var file = ParseClean("FROM debian:12\nRUN apt-get install -y \\\n  # the tools\n\n    git \\\n  # done\n    curl\nUSER app\n");
        var run = file.Instructions[1];

        Assert.Equal("apt-get install -y     git     curl", run.Arguments);
        Assert.Equal(At(5, 5, 5, 8), run.ShellCommands[0].Words[3].Region);
        Assert.Equal(At(7, 5, 7, 9), run.ShellCommands[0].Words[4].Region);
        Assert.Equal(At(2, 1, 7, 9), run.Region);
        Assert.Equal("USER", file.Instructions[2].Keyword);
    }

    [Fact]
    public void A_word_split_by_a_continuation_maps_to_both_lines()
    {
        var run = ParseClean("FROM alpine:3.20\nRUN apk add cu\\\nrl\n").Instructions[1];

        var word = run.ShellCommands[0].Words[2];
        Assert.Equal("curl", word.Value);
        Assert.Equal(At(2, 13, 3, 3), word.Region);
    }

    [Fact]
    public void Escape_directive_with_backtick_continues_lines_and_keeps_backslashes()
    {
        var file = ParseClean("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app `\n    && echo done\n");

        Assert.Equal('`', file.EscapeCharacter);
        Assert.Equal("mkdir C:\\app     && echo done", file.Instructions[1].Arguments);
        Assert.Equal(At(3, 1, 4, 17), file.Instructions[1].Region);
    }

    [Fact]
    public void Backslash_does_not_continue_a_line_under_the_backtick_escape()
    {
        var file = ParseClean("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\nRUN dir\n");

        Assert.Equal(new[] { "FROM", "WORKDIR", "RUN" }, file.Instructions.Select(i => i.Keyword));
        Assert.Equal("C:\\", file.Instructions[1].Arguments);
    }

    [Fact]
    public void Directives_count_only_at_the_top()
    {
        var file = ParseClean("FROM alpine:3.20\n# escape=`\nRUN echo a \\\n b\n");

        Assert.Empty(file.Directives);
        Assert.Equal('\\', file.EscapeCharacter);
        Assert.Equal("echo a  b", file.Instructions[1].Arguments);
    }

    [Fact]
    public void An_escaped_escape_character_does_not_continue_the_line()
    {
        var file = ParseClean("FROM alpine:3.20\nRUN echo \\\\\nUSER app\n");

        Assert.Equal(3, file.Instructions.Count);
        Assert.Equal("echo \\\\", file.Instructions[1].Arguments);
    }

    [Fact]
    public void Crlf_and_lf_files_give_the_same_regions()
    {
        const string Text = "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\nRUN <<EOF\napt-get install -y git\nEOF\nUSER app\n";
        var lf = ParseClean(Text);
        var crlf = ParseClean(Text.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(lf.Instructions.Select(i => i.Region), crlf.Instructions.Select(i => i.Region));
        Assert.Equal(lf.Instructions[1].Arguments, crlf.Instructions[1].Arguments);
        Assert.Equal("apt-get install -y git\n", crlf.Instructions[2].Heredocs[0].Body);
        Assert.Equal(At(4, 1, 6, 4), crlf.Instructions[2].Region);
        Assert.Equal(At(5, 9, 5, 16), crlf.Instructions[2].ShellCommands[0].Words[1].Region);
    }

    [Fact]
    public void Tabs_count_as_one_column()
    {
        var run = ParseClean("FROM alpine:3.20\n\tRUN\tapk\tadd\tcurl\n").Instructions[1];

        Assert.Equal(At(2, 2, 2, 5), run.KeywordRegion);
        Assert.Equal(At(2, 14, 2, 18), run.ShellCommands[0].Words[2].Region);
    }

    [Fact]
    public void Heredoc_script_is_split_into_commands_with_file_regions()
    {
        var run = ParseClean("FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\nUSER app\n").Instructions[1];

        var heredoc = Assert.Single(run.Heredocs);
        Assert.Equal("EOF", heredoc.Name);
        Assert.True(heredoc.IsTerminated);
        Assert.False(heredoc.IsQuoted);
        Assert.Equal(At(2, 5, 2, 10), heredoc.MarkerRegion);
        Assert.Equal("set -e\napt-get update\napt-get install -y curl\n", heredoc.Body);
        Assert.Equal(At(2, 1, 6, 4), run.Region);
        var install = run.ShellCommands.Single(c => c.Words.Count > 1 && c.Words[1].Value == "install");
        Assert.Equal(At(5, 9, 5, 16), install.Words[1].Region);
        Assert.Equal(ShellSeparator.Newline, install.PrecededBy);
    }

    [Fact]
    public void Dash_heredoc_strips_leading_tabs_and_a_quoted_delimiter_is_recorded()
    {
        var run = ParseClean("FROM debian:12\nRUN <<-'END'\n\tapt-get install -y curl\n\tEND\n").Instructions[1];

        var heredoc = Assert.Single(run.Heredocs);
        Assert.True(heredoc.StripsLeadingTabs);
        Assert.True(heredoc.IsQuoted);
        Assert.Equal("END", heredoc.Name);
        Assert.Equal("apt-get install -y curl\n", heredoc.Body);
        Assert.Equal(At(3, 2, 3, 9), run.ShellCommands[0].Words[0].Region);
        Assert.Equal(At(2, 1, 4, 5), run.Region);
    }

    [Fact]
    public void Several_heredocs_on_one_line_are_read_in_order()
    {
        var file = ParseClean("FROM alpine:3.20\nCOPY <<A /a.txt <<B /b.txt\nfirst\nA\nsecond\nB\nUSER app\n");
        var copy = file.Instructions[1];

        Assert.Equal(new[] { "A", "B" }, copy.Heredocs.Select(h => h.Name));
        Assert.Equal(new[] { "first\n", "second\n" }, copy.Heredocs.Select(h => h.Body));
        Assert.Equal("USER", file.Instructions[2].Keyword);
    }

    [Fact]
    public void Heredoc_that_is_data_is_not_split_into_commands()
    {
        var run = ParseClean("FROM debian:12\nRUN cat <<EOF > /etc/apt/apt.conf.d/99local\napt-get install nothing\nEOF\n").Instructions[1];

        var command = Assert.Single(run.ShellCommands);
        Assert.Equal("cat", command.Name);
        Assert.Equal("<<", command.Redirections[0].Operator);
        Assert.Equal(">", command.Redirections[1].Operator);
    }

    [Fact]
    public void Heredoc_fed_to_a_shell_is_split_but_one_fed_to_python_is_not()
    {
        var bash = ParseClean("FROM debian:12\nRUN bash -e <<EOF\napt-get install -y curl\nEOF\n").Instructions[1];
        var python = ParseClean("FROM debian:12\nRUN python3 <<EOF\nprint('apt-get install x')\nEOF\n").Instructions[1];

        Assert.Contains(bash.ShellCommands, c => c.Name == "apt-get");
        Assert.DoesNotContain(python.ShellCommands, c => c.Name == "apt-get");
    }

    [Fact]
    public void Heredoc_word_must_stand_alone_like_in_buildkit()
    {
        var file = ParseClean("FROM debian:12\nRUN echo \"<<EOF\" && cat<<X\nUSER app\n");

        Assert.Empty(file.Instructions[1].Heredocs);
        Assert.Equal(3, file.Instructions.Count);
    }

    [Fact]
    public void Invalid_json_looking_exec_form_is_shell_form_and_reported()
    {
        var file = Parse("FROM node:22\nCMD ['npm', 'start']\n");

        var cmd = file.Instructions[1];
        Assert.False(cmd.IsJsonForm);
        var finding = Single(file.Diagnostics, "KS0008");
        Assert.Equal(At(2, 6, 2, 21), finding.Region);
        Assert.Contains("stops being valid JSON at column 6 (a single quote", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_test_brackets_are_not_mistaken_for_exec_form()
    {
        var file = ParseClean("FROM alpine:3.20\nRUN [ -f /etc/os-release ]\nRUN [ \"$A\" = \"b\" ]\n");

        Assert.False(file.Instructions[1].IsJsonForm);
        Assert.Equal("[", file.Instructions[1].ShellCommands[0].Name);
    }

    [Fact]
    public void Json_array_with_a_number_is_reported()
    {
        var finding = Single(Parse("FROM alpine:3.20\nCMD [\"sleep\", 10]\n").Diagnostics, "KS0008");

        Assert.Equal(At(2, 15, 2, 17), finding.Region);
        Assert.Contains("not a string (column 15)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exec_form_shell_script_is_split()
    {
        var run = ParseClean("FROM debian:12\nRUN [\"/bin/sh\", \"-c\", \"apt-get install -y curl\"]\n").Instructions[1];

        var command = Assert.Single(run.ShellCommands);
        Assert.Equal("apt-get", command.Name);
        Assert.Equal(At(2, 32, 2, 39), command.Words[1].Region);
    }

    [Fact]
    public void Flags_after_the_keyword_are_read_and_removed_from_the_arguments()
    {
        var run = ParseClean("FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk --network=none apk add curl\n").Instructions[1];

        Assert.Equal(new[] { "mount", "network" }, run.Flags.Select(f => f.Name));
        Assert.Equal("type=cache,target=/var/cache/apk", run.FindFlag("MOUNT")!.Value);
        Assert.Equal("apk add curl", run.Arguments);
        Assert.Equal(At(2, 61, 2, 73), run.ArgumentsRegion);
    }

    [Theory]
    [InlineData("ARG TAG=3.20\nFROM alpine:${TAG}\n", "3.20")]
    [InlineData("ARG TAG=3.20\nFROM alpine:$TAG\n", "3.20")]
    [InlineData("ARG TAG\nFROM alpine:${TAG:-3.19}\n", "3.19")]
    [InlineData("ARG V=3\nARG TAG=${V}.20\nFROM alpine:${TAG}\n", "3.20")]
    public void Global_args_with_defaults_resolve_the_tag(string text, string tag)
    {
        Assert.Equal(tag, ParseClean(text).Stages[0].Image!.Tag);
    }

    [Theory]
    [InlineData("ARG TAG\nFROM alpine:${TAG}\n")]
    [InlineData("FROM alpine:${TAG}\n")]
    [InlineData("FROM alpine:3.20 AS a\nARG TAG=1\nFROM alpine:${TAG}\n")]
    public void A_variable_without_a_global_default_leaves_the_image_unknown(string text)
    {
        Assert.Null(ParseClean(text).FinalStage!.Image);
    }

    [Fact]
    public void A_stage_named_through_an_arg_is_still_a_stage()
    {
        var file = ParseClean("ARG BASE=build\nFROM golang:1.23 AS build\nFROM ${BASE}\n");

        Assert.Same(file.Stages[0], file.Stages[1].BaseStage);
    }

    [Fact]
    public void A_later_stage_name_does_not_resolve_an_earlier_from()
    {
        var file = ParseClean("FROM app\nFROM alpine:3.20 AS app\n");

        Assert.Null(file.Stages[0].BaseStage);
        Assert.Equal("app", file.Stages[0].Image!.Repository);
    }

    [Theory]
    [InlineData("alpine", null, "alpine", null, null)]
    [InlineData("alpine:3.20", null, "alpine", "3.20", null)]
    [InlineData("library/alpine@sha256:abc", null, "library/alpine", null, "sha256:abc")]
    [InlineData("localhost:5000/team/app:1.2@sha256:abc", "localhost:5000", "team/app", "1.2", "sha256:abc")]
    [InlineData("ghcr.io/org/tool", "ghcr.io", "org/tool", null, null)]
    [InlineData("localhost/app:dev", "localhost", "app", "dev", null)]
    public void Image_references_split_into_parts(string text, string? registry, string repository, string? tag, string? digest)
    {
        var image = ImageReference.TryParse(text)!;

        Assert.Equal(registry, image.Registry);
        Assert.Equal(repository, image.Repository);
        Assert.Equal(tag, image.Tag);
        Assert.Equal(digest, image.Digest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("alpine:")]
    [InlineData("alpine@")]
    [InlineData("alpine:${TAG}")]
    public void Malformed_or_variable_references_do_not_parse(string text)
    {
        Assert.Null(ImageReference.TryParse(text));
    }

    [Fact]
    public void Shell_splitter_handles_operators_quotes_assignments_and_redirections()
    {
        var run = ParseClean(
            "FROM debian:12\n" +
            "RUN DEBIAN_FRONTEND=noninteractive apt-get install -y 'a b' \"c $(echo \"d e\")\" >/dev/null 2>&1; yes | apt-get upgrade || (echo x) & wait # apt-get install z\n")
            .Instructions[1];
        var commands = run.ShellCommands;

        Assert.Equal(new[] { "apt-get", "yes", "apt-get", "echo", "wait" }, commands.Select(c => c.Name));
        var install = commands[0];
        Assert.Equal("DEBIAN_FRONTEND=noninteractive", Assert.Single(install.Assignments).Value);
        Assert.Equal(new[] { "apt-get", "install", "-y", "a b", "c $(echo \"d e\")" }, install.Words.Select(w => w.Value));
        Assert.Equal(new[] { ">", "2>&" }, install.Redirections.Select(r => r.Operator));
        Assert.Equal(new[] { ShellSeparator.None, ShellSeparator.Semicolon, ShellSeparator.Pipe, ShellSeparator.Or, ShellSeparator.Background }, commands.Select(c => c.PrecededBy));
        Assert.Equal(At(2, 55, 2, 60), install.Words[3].Region);
    }

    [Fact]
    public void Shell_keywords_before_a_command_are_dropped()
    {
        var run = ParseClean("FROM debian:12\nRUN if [ -x /usr/bin/apt-get ]; then apt-get install -y curl; fi\n").Instructions[1];

        Assert.Equal(new[] { "[", "apt-get" }, run.ShellCommands.Select(c => c.Name));
    }

    [Fact]
    public void Nested_heredoc_inside_a_heredoc_script_is_data()
    {
        var run = ParseClean("FROM debian:12\nRUN <<EOF\ncat > /x <<CONF\napt-get install junk\nCONF\napt-get update\nEOF\n").Instructions[1];

        Assert.Equal(new[] { "cat", "apt-get" }, run.ShellCommands.Select(c => c.Name));
        Assert.Equal("update", run.ShellCommands[1].Words[1].Value);
    }

    [Fact]
    public void Stage_variables_follow_buildkit_scoping()
    {
        var file = ParseClean("ARG UID=10001\nFROM alpine:3.20 AS base\nENV HOME_USER=app\nFROM base\nARG UID\nUSER ${HOME_USER}:${UID}\n");
        var user = file.Instructions.Last();

        var variables = file.VariablesBefore(user);
        Assert.Equal("app", variables["HOME_USER"]);
        Assert.Equal("10001", variables["UID"]);
    }

    // Malformed input: every problem is a KS0008 at its place, and parsing goes on.

    [Fact]
    public void Unknown_instruction_is_reported_with_a_suggestion_and_the_rest_is_parsed()
    {
        var file = Parse("FROM alpine:3.20\nRUNN apk add curl\nUSER root\n");

        var finding = Single(file.Diagnostics, KS0008DockerfileSyntaxError.Rule.Id);
        Assert.Equal(At(2, 1, 2, 5), finding.Region);
        Assert.Contains("did you mean RUN", finding.Message, StringComparison.Ordinal);
        Assert.Equal("line 2", finding.LogicalPath);
        Assert.Equal("USER", file.Instructions[2].Keyword);
    }

    [Fact]
    public void A_line_missing_its_continuation_is_reported_as_unknown_instruction()
    {
        var finding = Single(Parse("FROM alpine:3.20\nRUN apk update &&\n    apk add curl\n").Diagnostics, "KS0008");

        Assert.Equal(At(3, 5, 3, 8), finding.Region);
        Assert.Contains("end the line above with '\\'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_without_image_is_reported()
    {
        var file = Parse("FROM\nRUN echo hi\n");

        var finding = Single(file.Diagnostics, "KS0008");
        Assert.Equal(At(1, 1, 1, 5), finding.Region);
        Assert.Single(file.Stages);
        Assert.Equal(string.Empty, file.Stages[0].BaseImage);
        Assert.Single(file.Stages[0].Instructions);
    }

    [Fact]
    public void From_with_a_trailing_comment_is_reported_at_the_extra_words()
    {
        var finding = Single(Parse("FROM alpine:3.20 AS base # pinned\n").Diagnostics, "KS0008");

        Assert.Equal(At(1, 18, 1, 34), finding.Region);
        Assert.Contains("trailing comment", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_stage_name_is_reported()
    {
        var finding = Single(Parse("FROM alpine:3.20 AS 1st\n").Diagnostics, "KS0008");

        Assert.Equal(At(1, 21, 1, 24), finding.Region);
    }

    [Fact]
    public void Unterminated_heredoc_is_reported_and_the_next_instruction_is_still_read()
    {
        var file = Parse("FROM debian:12\nRUN <<EOF\napt-get update\nEOF \nUSER root\n");

        var finding = Single(file.Diagnostics, "KS0008");
        Assert.Equal(At(2, 5, 2, 10), finding.Region);
        Assert.Contains("never closed", finding.Message, StringComparison.Ordinal);
        var run = file.Instructions[1];
        Assert.False(run.Heredocs[0].IsTerminated);
        Assert.Equal("apt-get update\nEOF \n", run.Heredocs[0].Body);
        Assert.Equal(At(2, 1, 4, 5), run.Region);
        Assert.Equal("USER", file.Instructions[2].Keyword);
        Assert.Equal(At(5, 1, 5, 10), file.Instructions[2].Region);
    }

    [Fact]
    public void Lone_continuation_at_end_of_file_is_reported()
    {
        var file = Parse("FROM alpine:3.20\nRUN apk add curl \\\n");

        var finding = Single(file.Diagnostics, "KS0008");
        Assert.Equal(At(2, 18, 2, 19), finding.Region);
        Assert.Equal("apk add curl", file.Instructions[1].Arguments);
    }

    [Fact]
    public void Continuation_followed_only_by_comments_is_reported_at_the_escape()
    {
        var finding = Single(Parse("FROM alpine:3.20\nRUN apk add curl \\\n# nothing more\n").Diagnostics, "KS0008");

        Assert.Equal(At(2, 18, 2, 19), finding.Region);
    }

    [Fact]
    public void File_without_from_is_reported()
    {
        var finding = Single(Parse("ARG X=1\nRUN echo $X\n").Diagnostics.Where(d => d.Message.Contains("no FROM", StringComparison.Ordinal)).ToList(), "KS0008");

        Assert.Equal(At(1, 1, 1, 4), finding.Region);
    }

    [Fact]
    public void Instruction_before_from_is_reported()
    {
        var file = Parse("RUN echo early\nFROM alpine:3.20\n");

        var finding = Single(file.Diagnostics, "KS0008");
        Assert.Equal(At(1, 1, 1, 4), finding.Region);
        Assert.Contains("before the first FROM", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_reported_at_its_start()
    {
        var file = Parse(string.Empty);

        Assert.Equal(At(1, 1, 1, 1), Single(file.Diagnostics, "KS0008").Region);
        Assert.Null(file.FinalStage);
        Assert.Equal(1, file.LineCount);
    }

    [Fact]
    public void Bad_escape_directive_value_is_reported_and_ignored()
    {
        var file = Parse("# escape=x\nFROM alpine:3.20\n");

        Assert.Equal(At(1, 10, 1, 11), Single(file.Diagnostics, "KS0008").Region);
        Assert.Equal('\\', file.EscapeCharacter);
    }

    [Fact]
    public void Repeated_directive_is_reported()
    {
        var file = Parse("# escape=`\n# escape=\\\nFROM alpine:3.20\n");

        Assert.Equal(At(2, 10, 2, 11), Single(file.Diagnostics, "KS0008").Region);
        Assert.Equal('`', file.EscapeCharacter);
    }

    [Fact]
    public void Shell_in_shell_form_is_reported()
    {
        Assert.Equal(At(2, 7, 2, 16), Single(Parse("FROM alpine:3.20\nSHELL /bin/bash\n").Diagnostics, "KS0008").Region);
    }

    [Fact]
    public void Binary_source_file_is_reported_without_parsing()
    {
        using var files = new TestFiles();
        var path = files.WriteBytes("Dockerfile", new byte[] { 0x46, 0x52, 0x00, 0x4D });

        var file = DockerfileParser.Parse(SourceFile.Read(path));

        Assert.Contains(file.Diagnostics, d => d.RuleId == KS0004BinaryFile.Rule.Id);
        Assert.Empty(file.Instructions);
    }

    [Fact]
    public void Source_file_with_bom_parses_from_the_first_column()
    {
        using var files = new TestFiles();
        var path = files.WriteBytes("Dockerfile", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("FROM alpine:3.20\n")).ToArray());

        var file = DockerfileParser.Parse(SourceFile.Read(path));

        Assert.Empty(file.Diagnostics);
        Assert.Equal(At(1, 6, 1, 17), file.Stages[0].BaseImageRegion);
        Assert.Equal(Path.GetFileName(path), Path.GetFileName(file.Path));
    }
}
