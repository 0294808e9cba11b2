using KubeSec.Rules.Engine;
using KubeSec.Text;

namespace KubeSec.Rules;

/// <summary>
/// Reports a file that could not be read as text (too large, binary, invalid UTF-8, unreadable)
/// the same way for every loader, manifests and Dockerfiles alike.
/// </summary>
public static class SourceProblemReporter
{
    public static void Report(SourceFile source, FindingSink sink)
    {
        var rule = source.Problem switch
        {
            SourceFileProblemKind.TooLarge => KS0003FileTooLarge.Rule,
            SourceFileProblemKind.Binary => KS0004BinaryFile.Rule,
            SourceFileProblemKind.InvalidUtf8 => KS0005InvalidUtf8.Rule,
            SourceFileProblemKind.Unreadable => KS0009FileUnreadable.Rule,
            SourceFileProblemKind.NotRegularFile => KS0013NotARegularFile.Rule,
            _ => null,
        };
        if (rule is not null)
        {
            sink.Report(rule, source.ProblemRegion, "file", rule.Title + ": " + source.ProblemDetail + ". " + rule.Fix);
        }
    }
}
