/**
 * Typed Local API writes for test data. A test writes part of a document (defaults and hooks fill the rest) and
 * names relations by id, numbers on SQL and strings on MongoDB, while the generated types (src/payload-types.ts)
 * require every required field and a numeric id: `Fixture<'columns'>` is what a test may write, checked field by field.
 */
import type { CollectionSlug, DataFromCollectionSlug, GlobalSlug, Payload, PayloadRequest, TypedUser, Where } from 'payload'
import type { Config } from '../../src/payload-types'
import type { Id } from '../../domain/ids'

/** Every field optional, all the way down; a relation (an object with an id) may be given by its id alone. */
export type DeepPartial<T> = T extends Array<infer U>
  ? Array<DeepPartial<U>>
  : T extends { id: number | string }
    ? Id | { [K in keyof T]?: DeepPartial<T[K]> }
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T

export type Fixture<S extends CollectionSlug> = DeepPartial<Omit<DataFromCollectionSlug<S>, 'id' | 'createdAt' | 'updatedAt'>>
export type GlobalFixture<S extends GlobalSlug> = DeepPartial<Omit<Config['globals'][S], 'id' | 'createdAt' | 'updatedAt'>>

type WriteOptions = { draft?: boolean; overrideAccess?: boolean; user?: TypedUser; req?: Partial<PayloadRequest>; depth?: number }

/**
 * The three writes with their arguments unchecked: Payload's generic overloads cannot be resolved for a slug that is
 * itself generic, so the helpers below check the arguments with their own signatures and call through this view.
 */
type Writes = {
  create(args: object): Promise<unknown>
  update(args: object): Promise<unknown>
  updateGlobal(args: object): Promise<unknown>
}

/** `payload.create` for part of a document (the required fields a hook or default fills may be left out). */
export const createDoc = <S extends CollectionSlug>(payload: Payload, collection: S, data: Fixture<S>, options: WriteOptions = {}) =>
  (payload as Writes).create({ collection, data, ...options }) as Promise<DataFromCollectionSlug<S>>

/** `payload.update` of one document by id, relations given by id. */
export const updateDoc = <S extends CollectionSlug>(payload: Payload, collection: S, id: Id, data: Fixture<S>, options: WriteOptions = {}) =>
  (payload as Writes).update({ collection, id, data, ...options }) as Promise<DataFromCollectionSlug<S>>

/** `payload.updateGlobal` with part of the global. */
export const updateGlobal = <S extends GlobalSlug>(payload: Payload, slug: S, data: GlobalFixture<S>, options: Omit<WriteOptions, 'draft'> = {}) =>
  (payload as Writes).updateGlobal({ slug, data, ...options }) as Promise<Config['globals'][S]>

/** The body of an HTTP response as the type the test expects to read (a test asserts the shape, so no check here). */
export const json = async <T = ApiBody>(response: Response): Promise<T> => (await response.json()) as T

/** A refusal as Payload's REST API sends it. */
export type ApiError = { errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

/** What Payload's REST API answers: a document, a page of documents, or its `{ errors }`. */
export type ApiBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>
  docs?: Array<Record<string, unknown> & { id: Id }>
  [key: string]: unknown
}

/** A document of another app booted in a test (the plugin host's posts and members): its fields as stored. */
export type OtherDoc = { id: Id; [field: string]: unknown }

type OtherRead = { collection: string; depth?: number; draft?: boolean; overrideAccess?: boolean }

/** The Local API of that app: its slugs are not this app's generated ones, so they and its documents go unchecked. */
export type OtherLocalApi = {
  create(args: OtherRead & { data: Record<string, unknown> }): Promise<OtherDoc>
  find(args: OtherRead & { where?: Where; sort?: string; limit?: number; pagination?: boolean }): Promise<{ docs: OtherDoc[]; totalDocs: number }>
  findByID(args: OtherRead & { id: Id }): Promise<OtherDoc>
  update(args: OtherRead & { id: Id; data: Record<string, unknown> }): Promise<OtherDoc>
}

export const otherApp = (payload: Payload): OtherLocalApi => payload as OtherLocalApi
