using KubeSec.Dockerfiles;
using KubeSec.Model;

namespace KubeSec.Rules.Dockerfiles;

/// <summary>Reports every CMD, ENTRYPOINT or HEALTHCHECK of a stage after the first: only the last one takes effect.</summary>
internal static class RepeatedInstruction
{
    public static void Check(Dockerfile dockerfile, FindingSink sink, RuleDescriptor rule, string keyword)
    {
        foreach (var stage in dockerfile.Stages)
        {
            Instruction? first = null;
            foreach (var instruction in stage.Instructions)
            {
                if (!instruction.Is(keyword))
                {
                    continue;
                }

                if (first is null)
                {
                    first = instruction;
                    continue;
                }

                sink.Report(rule, instruction.KeywordRegion, instruction.LogicalPath,
                    keyword + " on line " + DockerfileFacts.Line(instruction.StartLine) + " repeats the " + keyword + " of line " + DockerfileFacts.Line(first.StartLine) +
                    " in " + stage.Describe() + ", and only the last one takes effect: keep a single " + keyword + ".");
            }
        }
    }
}
