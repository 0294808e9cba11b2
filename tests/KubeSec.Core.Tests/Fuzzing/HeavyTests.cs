namespace KubeSec.Tests.Fuzzing;

/// <summary>
/// The fuzz run and the scaling tests keep a core busy for tens of seconds: they run alone, after the
/// parallel tests, so they do not starve tests that wait on a child process with a timeout (ShellCheck).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTests
{
    public const string Name = "Heavy tests, run alone";
}
