/**
 * Reads one line from the terminal without echoing it (for passwords). Raw mode, so the
 * characters never reach the screen; Backspace edits, Ctrl-C aborts with exit code 130.
 */
export function readHiddenLine(question: string): Promise<string> {
  const { stdin, stdout } = process;
  // Echo off before the question appears, so nothing typed early is shown.
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  stdout.write(question);
  return new Promise((resolve) => {
    let chars: string[] = [];
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          finish();
          resolve(chars.join(""));
          return;
        }
        if (ch === "\u0003") {
          finish();
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") chars = chars.slice(0, -1);
        else if (ch >= " ") chars.push(ch);
      }
    };
    stdin.on("data", onData);
  });
}
