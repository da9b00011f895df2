import { readLines } from './csv.reader';
import { JsonReadError, type JsonElement } from './json-array.reader';

/** JSON Lines: one JSON value per non-empty line; errors name the line. */
export async function* readJsonLines(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<JsonElement & { line: number }> {
  let index = 0;
  for await (const { line, text } of readLines(source)) {
    try {
      yield { index: index++, line, value: JSON.parse(text) };
    } catch (e) {
      throw new JsonReadError(`line ${line} is not valid JSON: ${(e as Error).message}`, index - 1);
    }
  }
}
