namespace KubeSec.Tool;

public static class Program
{
    public static int Main(string[] args) => Cli.Run(args, System.Console.Out, System.Console.Error);
}
