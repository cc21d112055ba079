/** Options of the system guards plugin (timestamps and Payload's edit locks, for every collection). */
import type { UserModel } from '../../domain/actors'

export type SystemGuardsOptions = {
  /**
   * Where the host keeps its staff and their roles: staff take edit locks in their own name, and an `admin`
   * releases anyone's. Default: Gongkai's `users` with `roles` and `department`.
   */
  users?: Partial<UserModel>
}
