using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using KnowledgeGraph.Tests.Support;
using Microsoft.Playwright;
using NUnit.Framework;

namespace KnowledgeGraph.Tests.Display.Explorer
{
    /// <summary>
    /// Headless Chromium from the system (Debian's <c>chromium</c>), driven by Playwright: never a downloaded browser.
    /// Each session has a new empty profile, and records console errors, page errors and every network request.
    /// </summary>
    public sealed class Browser : IAsyncDisposable
    {
        /// <summary>The system browser the tests use.</summary>
        public const string ChromiumPath = "/usr/bin/chromium";

        private static readonly string[] Flags =
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        };

        private readonly IPlaywright _playwright;
        private readonly string _profile;

        private Browser(IPlaywright playwright, IBrowserContext context, IPage page, string profile)
        {
            _playwright = playwright;
            Context = context;
            Page = page;
            _profile = profile;
        }

        /// <summary>Gets the browser context.</summary>
        public IBrowserContext Context { get; }

        /// <summary>Gets the page.</summary>
        public IPage Page { get; }

        /// <summary>Gets the console errors and uncaught page errors seen so far.</summary>
        public List<string> Errors { get; } = new List<string>();

        /// <summary>Gets every request the page made other than for the page itself.</summary>
        public List<string> Requests { get; } = new List<string>();

        /// <summary>Skips (outside CI) or fails (under CI) when the system Chromium is missing.</summary>
        public static void Require()
        {
            if (!File.Exists(ChromiumPath))
            {
                string message = $"{ChromiumPath} is not installed (apt-get install -y chromium).";
                if (ExternalTool.IsCi)
                {
                    Assert.Fail(message + " CI must have it: .ci/setup installs it.");
                }

                Assert.Ignore(message + " Skipped outside CI.");
            }
        }

        /// <summary>Starts the system Chromium with a new empty profile and opens a page.</summary>
        /// <param name="javaScript">Whether scripts run.</param>
        /// <returns>The session.</returns>
        public static async Task<Browser> StartAsync(bool javaScript = true)
        {
            Require();
            string profile = Path.Combine(Path.GetTempPath(), "kg-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(profile);
            IPlaywright playwright = await Playwright.CreateAsync();
            IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = Flags,
                JavaScriptEnabled = javaScript,
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
                AcceptDownloads = false,
            });
            IPage page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            var browser = new Browser(playwright, context, page, profile);
            page.Console += (_, m) =>
            {
                if (m.Type == "error")
                {
                    browser.Errors.Add("console: " + m.Text);
                }
            };
            page.PageError += (_, e) => browser.Errors.Add("page error: " + e);
            context.Request += (_, r) => browser.Requests.Add(r.Url);
            return browser;
        }

        /// <summary>Opens a local file and waits until it has loaded.</summary>
        /// <param name="path">The file.</param>
        /// <returns>A task.</returns>
        public async Task OpenAsync(string path)
        {
            string url = new Uri(path).AbsoluteUri;
            await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Requests.Remove(url);
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync();
            _playwright.Dispose();
            try
            {
                Directory.Delete(_profile, true);
            }
            catch (IOException)
            {
                // The browser may still hold a file of the profile for a moment; the temporary folder is cleaned later.
            }
        }
    }
}
