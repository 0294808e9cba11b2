namespace KubeSec.Model;

/// <summary>One problem found in one file, with everything a person needs to act on it.</summary>
public sealed class Finding
{
    public Finding(
        string ruleId,
        Severity severity,
        string message,
        string filePath,
        SourceRegion region,
        string logicalPath,
        ObjectReference? @object = null,
        string? container = null)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        FilePath = filePath;
        Region = region;
        LogicalPath = logicalPath;
        Object = @object;
        Container = container;
    }

    public string RuleId { get; }
    public Severity Severity { get; }
    public string Message { get; }

    /// <summary>The file as it was given to the scanner (usually a full path).</summary>
    public string FilePath { get; }

    public SourceRegion Region { get; }

    /// <summary>
    /// Where in the file's structure the finding sits, independent of line numbers: a YAML path such as
    /// <c>spec.template.spec.containers[web].securityContext.privileged</c>, or a Dockerfile location
    /// such as <c>stage[build]/RUN#2</c>. Part of the fingerprint.
    /// </summary>
    public string LogicalPath { get; }

    public ObjectReference? Object { get; }
    public string? Container { get; }
}
