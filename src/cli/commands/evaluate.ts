/**
 * `jixiao evaluate <in.xlsx>`: read the file into memory (the input is never written), evaluate, write
 * the evaluated workbook (+ JSON / text reports) atomically, print a short summary.
 */
import * as path from 'node:path';
import { narrativeText } from '../../engine/narrative';
import { writeEvaluated } from '../../package';
import { isMacroEnabledName } from '../../package/file-names';
import { NODE_CODEC } from '../../package/node';
import type { EvaluateOptions } from '../args';
import { badArguments } from '../errors';
import { evaluateBytes, resolveProfile } from '../evaluate-file';
import { readInputFile } from '../input';
import type { CliIo } from '../io';
import { defaultOutputPath, isSameFile, writeFileAtomic } from '../output';
import { humanSummary } from '../summary';

export async function runEvaluate(options: EvaluateOptions, io: CliIo): Promise<number> {
  const profile = resolveProfile(options.profile);
  const input = options.input;
  const out = options.out ?? defaultOutputPath(input);
  for (const target of [out, options.json, options.text, options.docx]) {
    if (target && target !== '-' && (await isSameFile(target, input)))
      throw badArguments('outIsInput', { out: target });
  }
  if (isMacroEnabledName(input) && !isMacroEnabledName(out)) throw badArguments('outMacroExtension');
  await refuseCollidingOutputs([
    ['--out', out],
    ['--json', options.json],
    ['--text', options.text],
  ]);

  const bytes = await readInputFile(input);
  const evaluated = evaluateBytes(bytes, input, { profile, locale: options.lang });
  const buffer = writeEvaluated(bytes, evaluated.evaluation, { ...NODE_CODEC, structure: evaluated.structure });

  const written: string[] = [];
  await writeFileAtomic(out, buffer);
  written.push(out);

  const jsonText = options.json ? `${JSON.stringify(evaluated.report, null, 2)}\n` : '';
  if (options.json === '-') io.stdout(jsonText);
  else if (options.json) {
    await writeFileAtomic(options.json, jsonText);
    written.push(options.json);
  }

  if (options.text) {
    const text = `${narrativeText(evaluated.evaluation.narrative)}\n`;
    if (options.text === '-') io.stdout(text);
    else {
      await writeFileAtomic(options.text, text);
      written.push(options.text);
    }
  }

  if (options.docx) {
    // Loaded only when asked for: the Word writer is not needed for the workbook.
    const { narrativeToDocx } = await import('../../docx');
    await writeFileAtomic(options.docx, await narrativeToDocx(evaluated.evaluation.narrative));
    written.push(options.docx);
  }

  // stdout carries only the JSON when --json - is given; the summary then goes to stderr.
  const summary = humanSummary(
    evaluated.report,
    options.lang,
    written.map((file) => path.normalize(file)),
  );
  if (options.json === '-' || options.text === '-') io.stderr(summary);
  else io.stdout(summary);
  return evaluated.exitCode;
}

/** Two outputs naming one file would overwrite each other: refuse before any work. */
async function refuseCollidingOutputs(outputs: Array<[string, string | undefined]>): Promise<void> {
  const files = outputs.filter((output): output is [string, string] => output[1] !== undefined && output[1] !== '-');
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      if (await isSameFile(files[i][1], files[j][1]))
        throw badArguments('outputsCollide', { first: files[i][0], second: files[j][0], file: files[j][1] });
    }
  }
}
