import type { Channel, Output, ParsedInput } from '../contract';
import type { Context } from '../context';

export type Handler<C extends Channel> = (ctx: Context, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers of one namespace, e.g. HandlersOf<'people'>. */
export type HandlersOf<N extends string> = Pick<Handlers, Extract<Channel, `${N}.${string}`>>;
