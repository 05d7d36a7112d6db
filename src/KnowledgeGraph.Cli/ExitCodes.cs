namespace KnowledgeGraph.Cli
{
    /// <summary>The exit codes of <c>kg</c>.</summary>
    public static class ExitCodes
    {
        /// <summary>The command did what was asked.</summary>
        public const int Success = 0;

        /// <summary>The command ran but found nothing (no path, no match).</summary>
        public const int NoResult = 1;

        /// <summary>The command line or an input file is wrong.</summary>
        public const int InputError = 2;

        /// <summary>kg itself failed (a bug): the message asks to report it.</summary>
        public const int InternalError = 3;
    }
}
