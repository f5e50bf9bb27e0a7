/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n': typeof types.ProfileFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n': typeof types.TaxonomyDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n': typeof types.UpdateProfileDocument;
};
const documents: Documents = {
  '\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n':
    types.ProfileFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n': types.MeDocument,
  '\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n':
    types.TaxonomyDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n':
    types.UpdateProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n',
): (typeof documents)['\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
